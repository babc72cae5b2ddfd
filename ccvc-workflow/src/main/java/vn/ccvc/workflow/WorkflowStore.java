package vn.ccvc.workflow;

import java.util.List;
import java.util.Optional;
import vn.ccvc.model.CitizenId;

/**
 * Storage of each profile's state and event history. The SDK owns no database: a host
 * implements this interface over its own storage, and {@link WorkflowService} uses it.
 *
 * <p>{@link #compareAndSet} is the only write. It must replace the state and append the events
 * in one atomic step, and only if the stored revision is still the one the caller read, so two
 * concurrent commands on one profile never both succeed. Implementations must be safe to call
 * from many threads. {@link InMemoryWorkflowStore} is the reference implementation.
 */
public interface WorkflowStore {

  /** The expected revision that creates a profile the store does not hold yet. */
  long ABSENT = -1;

  /** Returns the stored state of {@code owner}'s profile, if the store contains one. */
  Optional<ProfileState> load(CitizenId owner);

  /** Returns the events of {@code owner}'s profile, oldest first, or an empty list. */
  List<WorkflowEvent> events(CitizenId owner);

  /** Returns the stored states of every profile, in no particular order. */
  List<ProfileState> loadAll();

  /**
   * Stores {@code state} and appends {@code events} if the stored revision of the state's owner
   * is {@code expectedRevision}, or the store contains no such profile and {@code expectedRevision}
   * is {@link #ABSENT}.
   *
   * @param expectedRevision the revision the caller read, or {@link #ABSENT}
   * @param state the new state
   * @param events the events that lead from the stored state to {@code state}
   * @return true if stored, false if the stored revision differs and nothing changed
   * @throws IllegalArgumentException if the events' revisions do not run from
   *     {@code expectedRevision + 1} to the state's revision
   * @throws vn.ccvc.model.CcvcException if the storage fails; nothing is stored then
   */
  boolean compareAndSet(long expectedRevision, ProfileState state, List<WorkflowEvent> events);

  /**
   * Checks that {@code events} lead from {@code expectedRevision} to the state's revision, for
   * implementations to call before storing.
   *
   * @throws IllegalArgumentException if they do not
   */
  static void checkContinues(long expectedRevision, ProfileState state,
      List<WorkflowEvent> events) {
    long revision = expectedRevision;
    for (WorkflowEvent event : events) {
      if (event.revision() != revision + 1) {
        throw new IllegalArgumentException("Event " + event.action().labelEn() + " has revision "
            + event.revision() + " where " + (revision + 1) + " was expected");
      }
      revision++;
    }
    if (revision != state.revision()) {
      throw new IllegalArgumentException("Events end at revision " + revision
          + " but the state is at revision " + state.revision());
    }
  }
}
