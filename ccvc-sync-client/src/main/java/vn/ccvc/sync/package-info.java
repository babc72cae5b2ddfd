/**
 * Syncing confirmed profiles to the ministry's national database. Entry point:
 * {@link vn.ccvc.sync.SyncClient}; the wire mapping is {@link vn.ccvc.sync.Mapping4223} and the
 * default outbox is {@link vn.ccvc.sync.FileSyncJournal}.
 */
@NullMarked
package vn.ccvc.sync;

import org.jspecify.annotations.NullMarked;
