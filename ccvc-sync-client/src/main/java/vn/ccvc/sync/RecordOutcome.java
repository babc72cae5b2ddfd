package vn.ccvc.sync;

import java.util.List;
import vn.ccvc.sync.spi.SyncProblem;
import java.util.Objects;

/**
 * Outcome of one record.
 *
 * @param maskedCitizenId the citizen ID masked as {@code 038*****1234}
 * @param idempotencyKey key the record was sent with, empty for an {@link Outcome#INVALID} one
 * @param outcome final state
 * @param problems reasons for {@code REJECTED}, {@code INVALID} or {@code FAILED}, else empty
 * @param attempts requests that carried the record, 0 when nothing was sent
 */
public record RecordOutcome(String maskedCitizenId, String idempotencyKey, Outcome outcome,
    List<SyncProblem> problems, int attempts) {

  /** Creates an outcome, copying the problems. */
  public RecordOutcome {
    Objects.requireNonNull(maskedCitizenId, "maskedCitizenId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(outcome, "outcome");
    problems = List.copyOf(problems);
  }
}
