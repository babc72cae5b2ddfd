/**
 * An example vendor transport for the sync client, {@link
 * vn.ccvc.examples.sync.NdjsonOutboxProvider}: how a vendor plugs its own delivery into
 * {@code SyncTransports} through {@code ServiceLoader}.
 */
@NullMarked
package vn.ccvc.examples.sync;

import org.jspecify.annotations.NullMarked;
