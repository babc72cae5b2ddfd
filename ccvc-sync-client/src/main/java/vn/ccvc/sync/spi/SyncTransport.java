package vn.ccvc.sync.spi;

import java.util.List;

/**
 * Sends records to one destination. Implementations must be thread-safe: the client calls
 * {@link #send} from several threads at once, up to its concurrency limit.
 */
public interface SyncTransport extends AutoCloseable {

  /**
   * Sends a batch, each record with its idempotency key, and returns exactly one result per
   * record, in any order.
   *
   * @param records one or more records; a batch of one may use a single-record request
   * @throws TransportException if the request as a whole failed
   */
  List<TransportResult> send(List<OutgoingRecord> records);

  /** Releases the transport's resources; the default does nothing. */
  @Override
  default void close() {}
}
