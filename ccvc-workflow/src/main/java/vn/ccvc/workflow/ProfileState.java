package vn.ccvc.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;

/**
 * A profile's place in the workflow after some sequence of events: its status, its saved
 * content, its latest confirmed version and how far that version has been synced.
 *
 * <p>The {@link #revision} counts accepted commands and guards against lost updates; the
 * {@link #confirmedVersion()} counts approvals and keys the sync. They are separate numbers.
 * A state is an immutable value; {@link #apply} returns a new one.
 *
 * @param owner the employee's citizen ID
 * @param unitId the unit the employee belongs to
 * @param status the profile's place in the declare, approve and sync process
 * @param revision 0 when the account is issued, one more for each accepted command
 * @param profile the saved content, null until the first save
 * @param confirmed the latest confirmed version, null until the first approval
 * @param syncState how far the latest confirmed version has been synced;
 *     {@link SyncState#NOT_SYNCED} while nothing is confirmed
 * @param pendingSyncVersion the confirmed version whose sync outcome is awaited, 0 if none; it
 *     can be older than {@code confirmed} when an approval came while a sync was pending
 * @param lastSyncedVersion the latest version the national database accepted, 0 if none; it
 *     stays known when a newer version is confirmed
 * @param issuedAt when the account was issued
 * @param updatedAt when the last event happened
 */
public record ProfileState(
    CitizenId owner,
    String unitId,
    ProfileStatus status,
    long revision,
    @Nullable Profile profile,
    @Nullable ConfirmedVersion confirmed,
    SyncState syncState,
    int pendingSyncVersion,
    int lastSyncedVersion,
    Instant issuedAt,
    Instant updatedAt) {

  /** Error code of an event history that does not replay. */
  public static final String HISTORY_INVALID_CODE = "history.invalid";

  /**
   * Creates a state.
   *
   * @throws IllegalArgumentException if the revision or a version number is negative
   */
  public ProfileState {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(syncState, "syncState");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (revision < 0 || pendingSyncVersion < 0 || lastSyncedVersion < 0) {
      throw new IllegalArgumentException("Revision " + revision + ", pending sync version "
          + pendingSyncVersion + " and last synced version " + lastSyncedVersion
          + " must not be negative");
    }
  }

  /** Returns the state of a newly issued account: revision 0, nothing saved. */
  public static ProfileState issued(CitizenId owner, String unitId, Instant at) {
    return new ProfileState(owner, unitId, ProfileStatus.NOT_STARTED, 0, null, null,
        SyncState.NOT_SYNCED, 0, 0, at, at);
  }

  /** Returns the latest confirmed version number, 0 if the profile was never confirmed. */
  public int confirmedVersion() {
    return confirmed == null ? 0 : confirmed.version();
  }

  /** Returns the latest confirmed version, if any. */
  public Optional<ConfirmedVersion> latestConfirmed() {
    return Optional.ofNullable(confirmed);
  }

  /**
   * Returns the field-by-field changes of the saved profile since the latest confirmed version,
   * for an approver to review. Before the first approval, every saved field counts as added.
   */
  public ProfileDiff changesSinceConfirmed() {
    return ProfileDiff.between(confirmed == null ? null : confirmed.profile(), profile);
  }

  /**
   * Returns the state after {@code event}. Applying does not check the workflow's rules, which
   * {@link Workflow#decide} enforces before it creates an event; it only checks that the event
   * continues this state.
   *
   * @throws WorkflowException with code {@value #HISTORY_INVALID_CODE} if the event's revision is
   *     not this state's plus one, or the event is an {@link WorkflowEvent.AccountIssued}
   */
  public ProfileState apply(WorkflowEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof WorkflowEvent.AccountIssued) {
      throw new WorkflowException(HISTORY_INVALID_CODE, "Account of " + owner.masked()
          + " is issued again at revision " + (revision + 1) + "; an account is issued once, "
          + "by the first event of the history");
    }
    if (event.revision() != revision + 1) {
      throw new WorkflowException(HISTORY_INVALID_CODE, "Event " + event.action().labelEn()
          + " of " + owner.masked() + " has revision " + event.revision() + ", but the state is"
          + " at revision " + revision + "; events must follow each other without gaps");
    }
    return EventApplier.apply(this, event);
  }

  /**
   * Rebuilds a state from a profile's whole history.
   *
   * @param events the events in order, starting with {@link WorkflowEvent.AccountIssued}
   * @throws WorkflowException with code {@value #HISTORY_INVALID_CODE} if {@code events} is
   *     empty, does not start with the issued account, or skips or repeats a revision
   */
  public static ProfileState replay(List<? extends WorkflowEvent> events) {
    if (events.isEmpty()) {
      throw new WorkflowException(HISTORY_INVALID_CODE,
          "History is empty; a history starts with the issued account");
    }
    return replayFrom(start(events.get(0)), events, Instant.MAX)
        .orElseThrow(IllegalStateException::new);
  }

  /**
   * Rebuilds a state from the events that happened before {@code end}: the state a report dated
   * the day before {@code end} shows. The replay stops at the first event at or after
   * {@code end}.
   *
   * @return the state, or empty if the account was issued at or after {@code end}
   * @throws WorkflowException with code {@value #HISTORY_INVALID_CODE} on the conditions of
   *     {@link #replay}
   */
  public static Optional<ProfileState> replayUntil(List<? extends WorkflowEvent> events,
      Instant end) {
    if (events.isEmpty()) {
      throw new WorkflowException(HISTORY_INVALID_CODE,
          "History is empty; a history starts with the issued account");
    }
    ProfileState first = start(events.get(0));
    if (!first.issuedAt.isBefore(end)) {
      return Optional.empty();
    }
    return replayFrom(first, events, end);
  }

  private static ProfileState start(WorkflowEvent first) {
    if (!(first instanceof WorkflowEvent.AccountIssued issued)) {
      throw new WorkflowException(HISTORY_INVALID_CODE, "History starts with "
          + first.action().labelEn() + " at revision " + first.revision()
          + "; a history starts with the issued account");
    }
    return issued(issued.owner(), issued.unitId(), issued.at());
  }

  private static Optional<ProfileState> replayFrom(ProfileState first,
      List<? extends WorkflowEvent> events, Instant end) {
    ProfileState state = first;
    for (WorkflowEvent event : events.subList(1, events.size())) {
      if (!event.at().isBefore(end)) {
        break;
      }
      state = state.apply(event);
    }
    return Optional.of(state);
  }

  /** Returns a description with the owner's citizen ID masked and without the content. */
  @Override
  public String toString() {
    return "ProfileState[owner=" + owner.masked() + ", unit=" + unitId + ", status=" + status
        + ", revision=" + revision + ", confirmedVersion=" + confirmedVersion() + ", syncState="
        + syncState + ", pendingSyncVersion=" + pendingSyncVersion + ", lastSyncedVersion="
        + lastSyncedVersion + ", updatedAt=" + updatedAt + "]";
  }
}
