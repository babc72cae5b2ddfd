package vn.ccvc.sync;

import java.time.Duration;
import java.util.List;

/**
 * Counts and per-record outcomes of one sync run.
 *
 * @param outcomes one entry per record, in completion order
 * @param elapsed wall time of the run
 */
public record SyncSummary(List<RecordOutcome> outcomes, Duration elapsed) {

  /** Creates a summary, copying the outcomes. */
  public SyncSummary {
    outcomes = List.copyOf(outcomes);
  }

  /** Returns how many records ended with {@code outcome}. */
  public long count(Outcome outcome) {
    return outcomes.stream().filter(o -> o.outcome() == outcome).count();
  }

  /** Returns whether every record was accepted or already present. */
  public boolean allSucceeded() {
    return outcomes.stream().allMatch(o -> o.outcome().isSuccess());
  }

  /** Returns a one-line summary with the counts per outcome, free of personal data. */
  @Override
  public String toString() {
    return String.format("%d records: %d accepted, %d already present, %d rejected, %d invalid, "
        + "%d failed in %d ms", outcomes.size(), count(Outcome.ACCEPTED),
        count(Outcome.ALREADY_PRESENT), count(Outcome.REJECTED), count(Outcome.INVALID),
        count(Outcome.FAILED), elapsed.toMillis());
  }
}
