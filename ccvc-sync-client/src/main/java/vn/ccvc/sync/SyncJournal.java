package vn.ccvc.sync;

import java.util.List;
import vn.ccvc.sync.spi.OutgoingRecord;

/**
 * Durable outbox of records between "queued" and "acknowledged by the ministry". A host with a
 * database can implement it over its own transaction. Implementations must be thread-safe.
 */
public interface SyncJournal extends AutoCloseable {

  /**
   * Records {@code records} as queued. When this returns, they survive a crash of the process
   * or the machine. A record whose key is already pending is kept once.
   *
   * @throws SyncException if the records cannot be made durable
   */
  void enqueue(List<OutgoingRecord> records);

  /**
   * Removes the record with {@code idempotencyKey}, after the ministry stored or rejected it.
   *
   * @throws SyncException if the acknowledgement cannot be written
   */
  void acknowledge(String idempotencyKey);

  /** Returns every queued record not yet acknowledged, in the order they were queued. */
  List<OutgoingRecord> pending();

  /** Releases the journal's resources. */
  @Override
  void close();
}
