package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.APPROVING_EMPLOYEE;
import static vn.ccvc.workflow.Fixtures.LEADER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.PROVINCE_APPROVER;
import static vn.ccvc.workflow.Fixtures.PROVINCE_LEADER;
import static vn.ccvc.workflow.Fixtures.SECOND_APPROVER;
import static vn.ccvc.workflow.Fixtures.STRANGER;
import static vn.ccvc.workflow.Fixtures.WARD;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;
import vn.ccvc.model.validation.Stage;

/**
 * Random command sequences from random actors, with the workflow's invariants checked after
 * every step. QuickTheories shrinks a failing sequence to a short one.
 *
 * <p>The test command runs {@value #DEFAULT_SEQUENCES} sequences of up to
 * {@value #DEFAULT_STEPS} commands; the {@code long-properties} Maven profile raises both
 * through the system properties {@code ccvc.workflow.sequences} and
 * {@code ccvc.workflow.steps}.
 */
class WorkflowPropertiesTest {

  private static final int DEFAULT_SEQUENCES = 300;
  private static final int DEFAULT_STEPS = 40;
  private static final int SEQUENCES = Integer.getInteger("ccvc.workflow.sequences",
      DEFAULT_SEQUENCES);
  private static final int STEPS = Integer.getInteger("ccvc.workflow.steps", DEFAULT_STEPS);

  private static final int KINDS = 7;
  private static final List<Actor> ANYONE = List.of(Actor.person(OWNER), Actor.person(APPROVER),
      Actor.person(SECOND_APPROVER), Actor.person(LEADER), Actor.person(PROVINCE_APPROVER),
      Actor.person(PROVINCE_LEADER), Actor.person(APPROVING_EMPLOYEE), Actor.person(STRANGER),
      Actor.SYSTEM);
  private static final List<Actor> APPROVERS = List.of(Actor.person(APPROVER),
      Actor.person(SECOND_APPROVER), Actor.person(PROVINCE_APPROVER),
      Actor.person(APPROVING_EMPLOYEE));
  private static final List<Profile> CONTENTS = List.of(Fixtures.profile("Bùi Thị Thủy"),
      Fixtures.profile("Bùi Thị Thu Thủy"), Fixtures.profile("Bùi Thủy"));

  private final Workflow workflow = Fixtures.workflow();
  private final Map<Action, AtomicInteger> accepted = new EnumMap<>(Action.class);

  /**
   * One generated command.
   *
   * @param kind which command: 0 to 6 for a fixed one, 7 and up for the one that moves the
   *     profile forward from its current state, so sequences reach approvals and syncs often
   * @param actorPick below 9 picks the actor usually allowed to issue the command; 9 and up
   *     picks anyone
   * @param revisionPick 0 to 7 expects the current revision, 8 one less, 9 one more
   * @param variant which content: a clean one for 0 and 1, a faulty one for 2 and 3
   */
  record Step(int kind, int actorPick, int revisionPick, int variant) {}

  private static Gen<List<Step>> sequences() {
    Gen<Step> step = integers().between(0, 2 * KINDS - 1).zip(integers().between(0, 17),
        integers().between(0, 9), integers().between(0, 3), Step::new);
    return lists().of(step).ofSizeBetween(1, STEPS);
  }

  @Test
  void invariantsHoldAfterEveryStep() {
    qt().withExamples(SEQUENCES).forAll(booleans().all(), sequences())
        .checkAssert(this::run);

    // Guards against a generator that never reaches the interesting states.
    assertThat(count(Action.APPROVE)).isPositive();
    assertThat(count(Action.REJECT)).isPositive();
    assertThat(count(Action.RECORD_SYNC_OUTCOME)).isPositive();
  }

  private int count(Action action) {
    return accepted.getOrDefault(action, new AtomicInteger()).get();
  }

  private void run(boolean ownerIsApprover, List<Step> steps) {
    CitizenId owner = ownerIsApprover ? APPROVING_EMPLOYEE : OWNER;
    InMemoryWorkflowStore store = new InMemoryWorkflowStore();
    WorkflowService service = new WorkflowService(workflow, store);
    service.issue(owner, WARD, Fixtures.at(0)).orThrow();
    long acceptedCommands = 0;
    for (int i = 0; i < steps.size(); i++) {
      ProfileState before = store.load(owner).orElseThrow();
      List<WorkflowEvent> historyBefore = store.events(owner);
      Step step = resolve(steps.get(i), before);
      Command command = command(step, before);
      Decision decision = service.execute(owner, command, actor(step, owner), Fixtures.at(i + 1));

      ProfileState after = store.load(owner).orElseThrow();
      List<WorkflowEvent> history = store.events(owner);
      if (decision.isAccepted()) {
        acceptedCommands++;
        accepted.computeIfAbsent(command.action(), key -> new AtomicInteger()).incrementAndGet();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(history).hasSize(historyBefore.size() + 1);
      } else {
        assertThat(after).isEqualTo(before);
        assertThat(history).isEqualTo(historyBefore);
      }
      assertThat(history.subList(0, historyBefore.size())).isEqualTo(historyBefore);
      assertThat(after.revision()).isEqualTo(acceptedCommands);
      checkState(after, history);
    }
  }

  private void checkState(ProfileState state, List<WorkflowEvent> history) {
    assertThat(ProfileState.replay(history)).isEqualTo(state);
    assertThat(UpdateHistory.of(history).entries()).hasSize(history.size());
    checkApprovals(state, history);
    checkRejections(history);
    checkSync(state, history);
  }

  /** Checks that a profile is confirmed only through a submission and another's approval. */
  private void checkApprovals(ProfileState state, List<WorkflowEvent> history) {
    int approvals = 0;
    Action lastStatusChange = Action.ISSUE_ACCOUNT;
    for (WorkflowEvent event : history) {
      if (event instanceof WorkflowEvent.ProfileApproved approved) {
        approvals++;
        assertThat(lastStatusChange).isEqualTo(Action.SUBMIT);
        assertThat(approved.actor().is(state.owner())).isFalse();
        assertThat(workflow.organization().hasRole(approved.actor().person(), Role.APPROVER,
            state.unitId())).isTrue();
        assertThat(approved.version()).isEqualTo(approvals);
      }
      if (changesStatus(event.action())) {
        lastStatusChange = event.action();
      }
    }
    assertThat(state.confirmedVersion()).isEqualTo(approvals);
    if (state.status() == ProfileStatus.CONFIRMED) {
      assertThat(lastStatusChange).isEqualTo(Action.APPROVE);
    }
  }

  private static boolean changesStatus(Action action) {
    return Workflow.transitions().stream().anyMatch(t -> t.action() == action);
  }

  /** Checks that every rejection has a note within the limit. */
  private static void checkRejections(List<WorkflowEvent> history) {
    for (WorkflowEvent event : history) {
      if (event instanceof WorkflowEvent.ProfileRejected rejected) {
        assertThat(rejected.note()).isNotBlank();
        assertThat(rejected.note().length()).isLessThanOrEqualTo(Workflow.MAX_NOTE_LENGTH);
      }
    }
  }

  /** Checks that a synced version is always a confirmed one. */
  private static void checkSync(ProfileState state, List<WorkflowEvent> history) {
    assertThat(state.lastSyncedVersion()).isLessThanOrEqualTo(state.confirmedVersion());
    assertThat(state.pendingSyncVersion()).isLessThanOrEqualTo(state.confirmedVersion());
    if (state.syncState() == SyncState.SYNCED) {
      assertThat(state.lastSyncedVersion()).isEqualTo(state.confirmedVersion()).isPositive();
    }
    if (state.syncState() == SyncState.SYNC_PENDING) {
      assertThat(state.pendingSyncVersion()).isEqualTo(state.confirmedVersion());
    }
    for (WorkflowEvent event : history) {
      if (event instanceof WorkflowEvent.SyncOutcomeRecorded outcome && outcome.succeeded()) {
        assertThat(history).anySatisfy(other -> assertThat(other).isInstanceOfSatisfying(
            WorkflowEvent.ProfileApproved.class,
            approved -> assertThat(approved.version()).isEqualTo(outcome.version())));
      }
    }
  }

  /** Replaces a forward step by the fixed kind that moves {@code state} on. */
  private static Step resolve(Step step, ProfileState state) {
    if (step.kind() < KINDS) {
      return step;
    }
    return new Step(forwardKind(state, step.variant()), step.actorPick(), step.revisionPick(),
        step.variant());
  }

  private static int forwardKind(ProfileState state, int variant) {
    if (state.pendingSyncVersion() != 0) {
      return 6;
    }
    boolean syncable = state.confirmedVersion() > 0 && state.syncState() != SyncState.SYNCED;
    return switch (state.status()) {
      case UPDATING -> 1;
      case AWAITING_CONFIRMATION -> variant == 1 ? 4 : 3;
      case CONFIRMED -> syncable ? 5 : 0;
      default -> 0;
    };
  }

  private static Actor actor(Step step, CitizenId owner) {
    if (step.actorPick() >= ANYONE.size()) {
      return ANYONE.get(step.actorPick() - ANYONE.size());
    }
    return switch (step.kind()) {
      case 0, 1, 2 -> Actor.person(owner);
      case 3, 4 -> APPROVERS.get(step.actorPick() % APPROVERS.size());
      case 5 -> Actor.person(LEADER);
      default -> Actor.SYSTEM;
    };
  }

  private static Command command(Step step, ProfileState state) {
    long revision = switch (step.revisionPick()) {
      case 8 -> state.revision() - 1;
      case 9 -> state.revision() + 1;
      default -> state.revision();
    };
    boolean clean = step.variant() < 2;
    Profile content = CONTENTS.get(step.variant() % CONTENTS.size());
    return switch (step.kind()) {
      case 0 -> new Command.Save(revision, clean ? Fixtures.draft(content)
          : step.variant() == 2 ? Fixtures.withError(content, Stage.DRAFT)
          : Fixtures.submission(content));
      case 1 -> submit(step, state, revision);
      case 2 -> new Command.Withdraw(revision);
      case 3 -> new Command.Approve(revision, Fixtures.assessment());
      case 4 -> new Command.Reject(revision, clean ? "Bổ sung quá trình công tác."
          : step.variant() == 2 ? " " : "x".repeat(Workflow.MAX_NOTE_LENGTH + 1));
      case 5 -> new Command.RequestSync(revision);
      default -> new Command.RecordSyncOutcome(revision,
          step.variant() == 3 ? state.confirmedVersion() + 1 : state.pendingSyncVersion(),
          step.variant() != 1, step.variant() == 1 ? "HTTP 503" : null);
    };
  }

  private static Command submit(Step step, ProfileState state, long revision) {
    Profile saved = state.profile() != null ? state.profile() : CONTENTS.get(0);
    return switch (step.variant()) {
      case 0, 1 -> new Command.Submit(revision, Fixtures.submission(saved));
      case 2 -> new Command.Submit(revision, Fixtures.withError(saved, Stage.SUBMISSION));
      default -> new Command.Submit(revision, Fixtures.submission(Fixtures.profile("Khác")));
    };
  }
}
