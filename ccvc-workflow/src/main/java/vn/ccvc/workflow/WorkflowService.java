package vn.ccvc.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.ccvc.model.CitizenId;

/**
 * Runs commands against a {@link WorkflowStore}: loads the state, lets the {@link Workflow}
 * decide, and stores the outcome with compare-and-set. A command that loses a race with
 * another on the same profile is rejected with {@link RejectionCode#STALE_REVISION}, exactly as
 * if it had been issued against the older state.
 *
 * <p>A service keeps no state of its own and is safe to share between threads when its store is.
 */
public final class WorkflowService {

  private final Workflow workflow;
  private final WorkflowStore store;

  /** Creates a service that decides with {@code workflow} and stores in {@code store}. */
  public WorkflowService(Workflow workflow, WorkflowStore store) {
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Returns the workflow that decides. */
  public Workflow workflow() {
    return workflow;
  }

  /** Returns the store. */
  public WorkflowStore store() {
    return store;
  }

  /**
   * Issues an account and stores the new profile.
   *
   * @return the accepted decision; or a rejection with {@link RejectionCode#UNKNOWN_UNIT}, or
   *     with {@link RejectionCode#ALREADY_ISSUED} if the store contains a profile of
   *     {@code owner}
   */
  public Decision issue(CitizenId owner, String unitId, Instant at) {
    Decision decision = workflow.issue(owner, unitId, at);
    if (decision instanceof Decision.Accepted accepted
        && !store.compareAndSet(WorkflowStore.ABSENT, accepted.state(), accepted.events())) {
      return new Decision.Rejected(RejectionCode.ALREADY_ISSUED, "An account for "
          + owner.masked() + " is already issued. Act on the existing profile.");
    }
    return decision;
  }

  /**
   * Decides a command against the stored state of {@code owner}'s profile and stores the
   * outcome if accepted.
   *
   * @return the decision; a rejection with {@link RejectionCode#PROFILE_NOT_FOUND} if the store
   *     contains no such profile, or with {@link RejectionCode#STALE_REVISION} if another command
   *     stored a newer state first
   */
  public Decision execute(CitizenId owner, Command command, Actor actor, Instant at) {
    Optional<ProfileState> loaded = store.load(owner);
    if (loaded.isEmpty()) {
      return notFound(owner);
    }
    ProfileState state = loaded.get();
    Decision decision = workflow.decide(state, command, actor, at);
    if (decision instanceof Decision.Accepted accepted
        && !store.compareAndSet(state.revision(), accepted.state(), accepted.events())) {
      return Rejections.staleRevision(
          store.load(owner).orElse(state), command.expectedRevision());
    }
    return decision;
  }

  /**
   * Runs one command per profile of a selection, each on its own, as
   * {@link Workflow#decideAll} does. A profile that appears again later in the selection is
   * rejected with {@link RejectionCode#DUPLICATE_IN_SELECTION}.
   *
   * @param owners the selected profiles' owners
   * @param commandFor builds each profile's command from its stored state
   * @return one result per entry of {@code owners}, in its order
   */
  public List<BulkResult> executeAll(List<CitizenId> owners,
      Function<? super ProfileState, ? extends Command> commandFor, Actor actor, Instant at) {
    Objects.requireNonNull(commandFor, "commandFor");
    Set<CitizenId> seen = new HashSet<>();
    List<BulkResult> results = new ArrayList<>(owners.size());
    for (CitizenId owner : owners) {
      Optional<ProfileState> state = store.load(owner);
      Decision decision;
      if (state.isPresent() && !seen.add(owner)) {
        decision = Rejections.duplicateInSelection(state.get());
      } else {
        decision = state.isEmpty() ? notFound(owner)
            : execute(owner, commandFor.apply(state.get()), actor, at);
      }
      results.add(new BulkResult(owner, decision));
    }
    return List.copyOf(results);
  }

  /** Returns the update history of {@code owner}'s profile, if the store contains one. */
  public Optional<UpdateHistory> history(CitizenId owner) {
    List<WorkflowEvent> events = store.events(owner);
    return events.isEmpty() ? Optional.empty() : Optional.of(UpdateHistory.of(events));
  }

  private static Decision.Rejected notFound(CitizenId owner) {
    return new Decision.Rejected(RejectionCode.PROFILE_NOT_FOUND, "No profile of "
        + owner.masked() + " is stored. Issue the account first.");
  }

  @Override
  public String toString() {
    return "WorkflowService[" + store + "]";
  }
}
