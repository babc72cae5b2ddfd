package vn.ccvc.workflow;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;

/**
 * Computes the state after an event. {@link Workflow} builds each accepted command's new state
 * through here too, so a replayed history gives exactly the state the decisions gave.
 */
final class EventApplier {

  private EventApplier() {}

  static ProfileState apply(ProfileState state, WorkflowEvent event) {
    if (event instanceof WorkflowEvent.ProfileSaved saved) {
      return with(state, event, ProfileStatus.UPDATING, saved.profile());
    }
    if (event instanceof WorkflowEvent.ProfileSubmitted) {
      return with(state, event, ProfileStatus.AWAITING_CONFIRMATION, state.profile());
    }
    if (event instanceof WorkflowEvent.SubmissionWithdrawn) {
      return with(state, event, ProfileStatus.UPDATING, state.profile());
    }
    if (event instanceof WorkflowEvent.ProfileRejected) {
      return with(state, event, ProfileStatus.REJECTED, state.profile());
    }
    if (event instanceof WorkflowEvent.ProfileApproved approved) {
      return approve(state, approved);
    }
    if (event instanceof WorkflowEvent.SyncRequested requested) {
      return new ProfileState(state.owner(), state.unitId(), state.status(), event.revision(),
          state.profile(), state.confirmed(), SyncState.SYNC_PENDING, requested.version(),
          state.lastSyncedVersion(), state.issuedAt(), event.at());
    }
    if (event instanceof WorkflowEvent.SyncOutcomeRecorded outcome) {
      return recordOutcome(state, outcome);
    }
    throw new IllegalArgumentException("Unexpected event " + event.action());
  }

  private static ProfileState with(ProfileState state, WorkflowEvent event,
      ProfileStatus status, @Nullable Profile profile) {
    return new ProfileState(state.owner(), state.unitId(), status, event.revision(), profile,
        state.confirmed(), state.syncState(), state.pendingSyncVersion(),
        state.lastSyncedVersion(), state.issuedAt(), event.at());
  }

  private static ProfileState approve(ProfileState state, WorkflowEvent.ProfileApproved event) {
    Profile profile = state.profile();
    if (profile == null) {
      throw new WorkflowException(ProfileState.HISTORY_INVALID_CODE, "Approval at revision "
          + event.revision() + " of " + state.owner().masked() + " confirms a profile that was"
          + " never saved; a history saves before it approves");
    }
    ConfirmedVersion confirmed = new ConfirmedVersion(event.version(), profile,
        event.assessment(), event.actor(), event.at());
    return new ProfileState(state.owner(), state.unitId(), ProfileStatus.CONFIRMED,
        event.revision(), profile, confirmed, SyncState.NOT_SYNCED, state.pendingSyncVersion(),
        state.lastSyncedVersion(), state.issuedAt(), event.at());
  }

  private static ProfileState recordOutcome(ProfileState state,
      WorkflowEvent.SyncOutcomeRecorded event) {
    // The outcome of an older version, overtaken by a newer approval, updates the last synced
    // version but leaves the newer version's sync state as it is.
    SyncState syncState = state.syncState();
    if (event.version() == state.confirmedVersion()) {
      syncState = event.succeeded() ? SyncState.SYNCED : SyncState.SYNC_FAILED;
    }
    int lastSynced = event.succeeded() ? event.version() : state.lastSyncedVersion();
    return new ProfileState(state.owner(), state.unitId(), state.status(), event.revision(),
        state.profile(), state.confirmed(), syncState, 0, lastSynced, state.issuedAt(),
        event.at());
  }
}
