/** Implementation of the sync client: HTTP and file-export transports, JSON helpers. */
@NullMarked
package vn.ccvc.sync.internal;

import org.jspecify.annotations.NullMarked;
