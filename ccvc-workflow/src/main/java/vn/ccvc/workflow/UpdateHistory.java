package vn.ccvc.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A profile's update history (Lịch sử cập nhật): one entry per event, oldest first, with the
 * status before and after. Built by replaying the events, so it also yields the current state.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class UpdateHistory {

  private final List<HistoryEntry> entries;
  private final ProfileState state;

  private UpdateHistory(List<HistoryEntry> entries, ProfileState state) {
    this.entries = List.copyOf(entries);
    this.state = state;
  }

  /**
   * Builds the history of a profile from its events.
   *
   * @param events the profile's events in order, starting with the issued account
   * @throws WorkflowException with code {@value ProfileState#HISTORY_INVALID_CODE} if the
   *     events do not replay, as {@link ProfileState#replay} describes
   */
  public static UpdateHistory of(List<? extends WorkflowEvent> events) {
    ProfileState state = ProfileState.replay(events.subList(0, Math.min(1, events.size())));
    List<HistoryEntry> entries = new ArrayList<>(events.size());
    entries.add(new HistoryEntry(state.issuedAt(), Actor.SYSTEM, Role.SYSTEM,
        Action.ISSUE_ACCOUNT, ProfileStatus.NOT_STARTED, ProfileStatus.NOT_STARTED, 0, 0, null));
    for (WorkflowEvent event : events.subList(1, events.size())) {
      ProfileState next = state.apply(event);
      entries.add(new HistoryEntry(event.at(), event.actor(), event.action().role(),
          event.action(), state.status(), next.status(), next.revision(), versionOf(event, next),
          noteOf(event)));
      state = next;
    }
    return new UpdateHistory(entries, state);
  }

  /** Returns the entries, oldest first. */
  public List<HistoryEntry> entries() {
    return entries;
  }

  /** Returns the state the history replays to. */
  public ProfileState state() {
    return state;
  }

  /** Returns the most recent rejection, if the profile was ever rejected. */
  public Optional<HistoryEntry> latestRejection() {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).action() == Action.REJECT) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the note of the most recent rejection while it still concerns the owner: when the
   * profile is {@link ProfileStatus#REJECTED}, or being edited after that rejection with no
   * approval since.
   */
  public Optional<String> openRejectionNote() {
    for (int i = entries.size() - 1; i >= 0; i--) {
      HistoryEntry entry = entries.get(i);
      if (entry.action() == Action.REJECT) {
        return Optional.ofNullable(entry.note());
      }
      if (entry.action() == Action.APPROVE || entry.action() == Action.SUBMIT) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int versionOf(WorkflowEvent event, ProfileState after) {
    if (event instanceof WorkflowEvent.SyncRequested requested) {
      return requested.version();
    }
    if (event instanceof WorkflowEvent.SyncOutcomeRecorded outcome) {
      return outcome.version();
    }
    return after.confirmedVersion();
  }

  private static @Nullable String noteOf(WorkflowEvent event) {
    if (event instanceof WorkflowEvent.ProfileRejected rejected) {
      return rejected.note();
    }
    if (event instanceof WorkflowEvent.SyncOutcomeRecorded outcome) {
      return outcome.detail();
    }
    return null;
  }

  @Override
  public String toString() {
    return "UpdateHistory[" + entries.size() + " entries, " + state + "]";
  }
}
