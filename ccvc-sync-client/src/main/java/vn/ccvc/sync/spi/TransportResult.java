package vn.ccvc.sync.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ministry's response for one record of a request.
 *
 * @param idempotencyKey key of the record this result belongs to
 * @param status what the ministry did
 * @param retryAfter the wait the ministry asked for before a retry, or null
 * @param problems the ministry's error codes and messages for a rejection, else empty
 */
public record TransportResult(String idempotencyKey, Status status,
    @Nullable Duration retryAfter, List<SyncProblem> problems) {

  /** Outcome of one record at the ministry. */
  public enum Status {
    /** Stored now. */
    ACCEPTED,
    /** Returned from an earlier request with the same key and content (a replay). */
    REPLAY,
    /** Rejected for good, such as invalid content or a key reused for other content. */
    REJECTED,
    /** Not processed now (the same key still in progress, throttled, a server error): retry. */
    RETRY
  }

  /** Creates a result, copying the problems. */
  public TransportResult {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(status, "status");
    problems = List.copyOf(problems);
  }

  /** Returns a result with no wait and no problems. */
  public static TransportResult of(String idempotencyKey, Status status) {
    return new TransportResult(idempotencyKey, status, null, List.of());
  }
}
