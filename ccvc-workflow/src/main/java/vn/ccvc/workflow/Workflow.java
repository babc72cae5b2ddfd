package vn.ccvc.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;

/**
 * The profile workflow: decides whether a command is allowed and, if so, which events it
 * produces and what the new state is. Entry point of this package.
 *
 * <p>A decision is a pure function of the state, the command, the actor, the time and the
 * {@link Organization} the workflow was built with. The workflow reads no clock, does no I/O and
 * changes nothing: the host stores the new state and the events, usually through a
 * {@link WorkflowStore} with the command's expected revision. Checks run in this order, and the
 * first that fails decides the rejection: the actor's role (and that an approver is not the
 * owner), the expected revision, the status or sync state, then the command's content.
 *
 * <p>A workflow is immutable and safe to share between threads.
 */
public final class Workflow {

  /** Maximum length, in UTF-16 characters, of a rejection note or a sync outcome detail. */
  public static final int MAX_NOTE_LENGTH = 2000;

  private static final List<Transition> TRANSITIONS = List.of(
      new Transition(ProfileStatus.NOT_STARTED, Action.SAVE, ProfileStatus.UPDATING),
      new Transition(ProfileStatus.UPDATING, Action.SAVE, ProfileStatus.UPDATING),
      new Transition(ProfileStatus.REJECTED, Action.SAVE, ProfileStatus.UPDATING),
      new Transition(ProfileStatus.CONFIRMED, Action.SAVE, ProfileStatus.UPDATING),
      new Transition(ProfileStatus.UPDATING, Action.SUBMIT, ProfileStatus.AWAITING_CONFIRMATION),
      new Transition(ProfileStatus.AWAITING_CONFIRMATION, Action.WITHDRAW,
          ProfileStatus.UPDATING),
      new Transition(ProfileStatus.AWAITING_CONFIRMATION, Action.APPROVE,
          ProfileStatus.CONFIRMED),
      new Transition(ProfileStatus.AWAITING_CONFIRMATION, Action.REJECT,
          ProfileStatus.REJECTED));

  private static final List<SyncTransition> SYNC_TRANSITIONS = List.of(
      new SyncTransition(SyncState.NOT_SYNCED, Action.REQUEST_SYNC, SyncState.SYNC_PENDING,
          "no older version pending"),
      new SyncTransition(SyncState.SYNC_FAILED, Action.REQUEST_SYNC, SyncState.SYNC_PENDING,
          "retry"),
      new SyncTransition(SyncState.SYNC_PENDING, Action.RECORD_SYNC_OUTCOME, SyncState.SYNCED,
          "succeeded"),
      new SyncTransition(SyncState.SYNC_PENDING, Action.RECORD_SYNC_OUTCOME,
          SyncState.SYNC_FAILED, "failed"),
      new SyncTransition(SyncState.NOT_SYNCED, Action.RECORD_SYNC_OUTCOME,
          SyncState.NOT_SYNCED, "older version"),
      new SyncTransition(SyncState.NOT_SYNCED, Action.APPROVE, SyncState.NOT_SYNCED,
          "newer version"),
      new SyncTransition(SyncState.SYNC_PENDING, Action.APPROVE, SyncState.NOT_SYNCED,
          "newer version"),
      new SyncTransition(SyncState.SYNCED, Action.APPROVE, SyncState.NOT_SYNCED,
          "newer version"),
      new SyncTransition(SyncState.SYNC_FAILED, Action.APPROVE, SyncState.NOT_SYNCED,
          "newer version"));

  private final Organization organization;

  private Workflow(Organization organization) {
    this.organization = organization;
  }

  /** Returns the workflow for the units and role assignments of {@code organization}. */
  public static Workflow of(Organization organization) {
    return new Workflow(Objects.requireNonNull(organization, "organization"));
  }

  /** Returns the organization whose roles this workflow checks. */
  public Organization organization() {
    return organization;
  }

  /** Returns the status transition table, the single source of the status rules. */
  public static List<Transition> transitions() {
    return TRANSITIONS;
  }

  /** Returns the sync transition table of the latest confirmed version. */
  public static List<SyncTransition> syncTransitions() {
    return SYNC_TRANSITIONS;
  }

  /**
   * Issues an account: the new profile is {@link ProfileStatus#NOT_STARTED} at revision 0, and
   * its history starts with a {@link WorkflowEvent.AccountIssued}.
   *
   * @param owner the employee's citizen ID
   * @param unitId the employee's unit
   * @param at when the account is issued
   * @return the accepted decision, or a rejection with {@link RejectionCode#UNKNOWN_UNIT}
   */
  public Decision issue(CitizenId owner, String unitId, Instant at) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(at, "at");
    if (!organization.units().contains(unitId)) {
      return Rejections.unknownUnit(unitId);
    }
    return new Decision.Accepted(ProfileState.issued(owner, unitId, at),
        List.of(new WorkflowEvent.AccountIssued(at, owner, unitId)));
  }

  /**
   * Decides a command. An accepted command moves the revision up by one; a rejected one
   * changes nothing.
   *
   * @param state the profile's current state
   * @param command the command, with the revision it expects
   * @param actor who issues it
   * @param at when it is issued, recorded in the event
   * @return the new state and its events, or the rejection with its code and message
   */
  public Decision decide(ProfileState state, Command command, Actor actor, Instant at) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Decision.Rejected rejection = firstRejection(state, command, actor);
    if (rejection != null) {
      return rejection;
    }
    WorkflowEvent event = CommandEvents.eventFor(state, command, actor, at);
    return new Decision.Accepted(state.apply(event), List.of(event));
  }

  /**
   * Decides one command per profile of a selection, each on its own: one profile's rejection
   * does not affect the others. A profile that appears again later in the selection is rejected
   * with {@link RejectionCode#DUPLICATE_IN_SELECTION}.
   *
   * @param selection the profiles' current states
   * @param commandFor builds each profile's command, usually with its current revision
   * @param actor who issues the commands
   * @param at when they are issued
   * @return one result per entry of {@code selection}, in its order
   */
  public List<BulkResult> decideAll(List<ProfileState> selection,
      Function<? super ProfileState, ? extends Command> commandFor, Actor actor, Instant at) {
    Objects.requireNonNull(commandFor, "commandFor");
    Set<CitizenId> seen = new HashSet<>();
    List<BulkResult> results = new ArrayList<>(selection.size());
    for (ProfileState state : selection) {
      Decision decision = seen.add(state.owner())
          ? decide(state, commandFor.apply(state), actor, at)
          : Rejections.duplicateInSelection(state);
      results.add(new BulkResult(state.owner(), decision));
    }
    return List.copyOf(results);
  }

  /**
   * Approves each profile of a selection at its current revision, each on its own.
   *
   * @param assessments returns the agency's assessment (form 2C item 32) of each profile
   * @return one result per entry of {@code selection}, as {@link #decideAll} does
   */
  public List<BulkResult> approveAll(List<ProfileState> selection,
      Function<? super ProfileState, AgencyAssessment> assessments, Actor actor, Instant at) {
    Objects.requireNonNull(assessments, "assessments");
    return decideAll(selection,
        state -> new Command.Approve(state.revision(), assessments.apply(state)), actor, at);
  }

  /**
   * Rejects each profile of a selection at its current revision with the same note.
   *
   * @return one result per entry of {@code selection}, as {@link #decideAll} does
   */
  public List<BulkResult> rejectAll(List<ProfileState> selection, @Nullable String note,
      Actor actor, Instant at) {
    return decideAll(selection, state -> new Command.Reject(state.revision(), note), actor, at);
  }

  /**
   * Requests the sync of the latest confirmed version of each profile of a selection.
   *
   * @return one result per entry of {@code selection}, as {@link #decideAll} does
   */
  public List<BulkResult> requestSyncAll(List<ProfileState> selection, Actor actor,
      Instant at) {
    return decideAll(selection, state -> new Command.RequestSync(state.revision()), actor, at);
  }

  private Decision.@Nullable Rejected firstRejection(ProfileState state, Command command,
      Actor actor) {
    Decision.Rejected rejection = checkActor(state, command.action(), actor);
    if (rejection == null && command.expectedRevision() != state.revision()) {
      rejection = Rejections.staleRevision(state, command.expectedRevision());
    }
    if (rejection == null) {
      rejection = checkStatus(state, command);
    }
    if (rejection == null) {
      rejection = CommandEvents.checkContent(state, command);
    }
    return rejection;
  }

  private Decision.@Nullable Rejected checkActor(ProfileState state, Action action,
      Actor actor) {
    CitizenId person = actor.person();
    switch (action.role()) {
      case OWNER:
        return actor.is(state.owner()) ? null : Rejections.notOwner(state, action, actor);
      case APPROVER:
        if (person == null || !organization.hasRole(person, Role.APPROVER, state.unitId())) {
          return Rejections.notAssigned(RejectionCode.NOT_APPROVER, state, action, actor);
        }
        return actor.is(state.owner()) ? Rejections.ownProfile(action, actor) : null;
      case LEADER:
        return person != null && organization.hasRole(person, Role.LEADER, state.unitId()) ? null
            : Rejections.notAssigned(RejectionCode.NOT_LEADER, state, action, actor);
      default:
        return actor.isSystem() ? null : Rejections.notSystem(actor);
    }
  }

  private static Decision.@Nullable Rejected checkStatus(ProfileState state, Command command) {
    Action action = command.action();
    if (action == Action.REQUEST_SYNC) {
      return checkSyncRequest(state);
    }
    if (command instanceof Command.RecordSyncOutcome outcome) {
      boolean pending = state.pendingSyncVersion() != 0
          && state.pendingSyncVersion() == outcome.version();
      return pending ? null : Rejections.syncNotPending(state, outcome.version());
    }
    List<ProfileStatus> allowed = TRANSITIONS.stream()
        .filter(transition -> transition.action() == action)
        .map(Transition::from)
        .toList();
    return allowed.contains(state.status()) ? null
        : Rejections.statusNotAllowed(state, action, allowed);
  }

  private static Decision.@Nullable Rejected checkSyncRequest(ProfileState state) {
    if (state.confirmedVersion() == 0) {
      return Rejections.nothingConfirmed(state);
    }
    if (state.pendingSyncVersion() != 0) {
      return Rejections.syncPending(state);
    }
    boolean allowed = SYNC_TRANSITIONS.stream().anyMatch(transition ->
        transition.action() == Action.REQUEST_SYNC && transition.from() == state.syncState());
    return allowed ? null : Rejections.alreadySynced(state);
  }

  @Override
  public String toString() {
    return "Workflow[" + organization + "]";
  }
}
