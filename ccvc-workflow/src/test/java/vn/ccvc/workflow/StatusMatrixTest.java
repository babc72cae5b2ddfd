package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.LEADER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.assessment;
import static vn.ccvc.workflow.Fixtures.at;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.inStatus;
import static vn.ccvc.workflow.Fixtures.profile;
import static vn.ccvc.workflow.Fixtures.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ccvc.model.Profile;

/**
 * Every command, issued by the right actor with valid content, from every status: the expected
 * status after it, or the expected rejection code. The expectations are written out here rather
 * than read from the workflow's table, so a change to the table fails this test.
 */
class StatusMatrixTest {

  private static final Workflow WORKFLOW = Fixtures.workflow();
  private static final Profile EDITED = profile("Bùi Thị Thu Thủy");

  /** A command kind with its actor, built against the state it is issued on. */
  private record Kind(String name, Actor actor, Function<ProfileState, Command> build) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Kind SAVE = new Kind("save", Actor.person(OWNER),
      state -> new Command.Save(state.revision(), draft(EDITED)));
  private static final Kind SUBMIT = new Kind("submit", Actor.person(OWNER),
      state -> new Command.Submit(state.revision(),
          submission(state.profile() == null ? EDITED : state.profile())));
  private static final Kind WITHDRAW = new Kind("withdraw", Actor.person(OWNER),
      state -> new Command.Withdraw(state.revision()));
  private static final Kind APPROVE = new Kind("approve", Actor.person(APPROVER),
      state -> new Command.Approve(state.revision(), assessment()));
  private static final Kind REJECT = new Kind("reject", Actor.person(APPROVER),
      state -> new Command.Reject(state.revision(), "Bổ sung quá trình đào tạo."));
  private static final Kind REQUEST_SYNC = new Kind("request sync", Actor.person(LEADER),
      state -> new Command.RequestSync(state.revision()));
  private static final Kind RECORD_OUTCOME = new Kind("record sync outcome", Actor.SYSTEM,
      state -> Command.RecordSyncOutcome.succeeded(state.revision(), 1));

  static Stream<Arguments> matrix() {
    List<Arguments> rows = new ArrayList<>();
    // status, command, status after or null, rejection code or null
    add(rows, ProfileStatus.NOT_STARTED, SAVE, ProfileStatus.UPDATING, null);
    add(rows, ProfileStatus.NOT_STARTED, SUBMIT, null, "status.notAllowed");
    add(rows, ProfileStatus.NOT_STARTED, WITHDRAW, null, "status.notAllowed");
    add(rows, ProfileStatus.NOT_STARTED, APPROVE, null, "status.notAllowed");
    add(rows, ProfileStatus.NOT_STARTED, REJECT, null, "status.notAllowed");
    add(rows, ProfileStatus.NOT_STARTED, REQUEST_SYNC, null, "sync.nothingConfirmed");
    add(rows, ProfileStatus.NOT_STARTED, RECORD_OUTCOME, null, "sync.notPending");

    add(rows, ProfileStatus.UPDATING, SAVE, ProfileStatus.UPDATING, null);
    add(rows, ProfileStatus.UPDATING, SUBMIT, ProfileStatus.AWAITING_CONFIRMATION, null);
    add(rows, ProfileStatus.UPDATING, WITHDRAW, null, "status.notAllowed");
    add(rows, ProfileStatus.UPDATING, APPROVE, null, "status.notAllowed");
    add(rows, ProfileStatus.UPDATING, REJECT, null, "status.notAllowed");
    add(rows, ProfileStatus.UPDATING, REQUEST_SYNC, null, "sync.nothingConfirmed");
    add(rows, ProfileStatus.UPDATING, RECORD_OUTCOME, null, "sync.notPending");

    add(rows, ProfileStatus.AWAITING_CONFIRMATION, SAVE, null, "status.notAllowed");
    add(rows, ProfileStatus.AWAITING_CONFIRMATION, SUBMIT, null, "status.notAllowed");
    add(rows, ProfileStatus.AWAITING_CONFIRMATION, WITHDRAW, ProfileStatus.UPDATING, null);
    add(rows, ProfileStatus.AWAITING_CONFIRMATION, APPROVE, ProfileStatus.CONFIRMED, null);
    add(rows, ProfileStatus.AWAITING_CONFIRMATION, REJECT, ProfileStatus.REJECTED, null);
    add(rows, ProfileStatus.AWAITING_CONFIRMATION, REQUEST_SYNC, null, "sync.nothingConfirmed");
    add(rows, ProfileStatus.AWAITING_CONFIRMATION, RECORD_OUTCOME, null, "sync.notPending");

    add(rows, ProfileStatus.REJECTED, SAVE, ProfileStatus.UPDATING, null);
    add(rows, ProfileStatus.REJECTED, SUBMIT, null, "status.notAllowed");
    add(rows, ProfileStatus.REJECTED, WITHDRAW, null, "status.notAllowed");
    add(rows, ProfileStatus.REJECTED, APPROVE, null, "status.notAllowed");
    add(rows, ProfileStatus.REJECTED, REJECT, null, "status.notAllowed");
    add(rows, ProfileStatus.REJECTED, REQUEST_SYNC, null, "sync.nothingConfirmed");
    add(rows, ProfileStatus.REJECTED, RECORD_OUTCOME, null, "sync.notPending");

    add(rows, ProfileStatus.CONFIRMED, SAVE, ProfileStatus.UPDATING, null);
    add(rows, ProfileStatus.CONFIRMED, SUBMIT, null, "status.notAllowed");
    add(rows, ProfileStatus.CONFIRMED, WITHDRAW, null, "status.notAllowed");
    add(rows, ProfileStatus.CONFIRMED, APPROVE, null, "status.notAllowed");
    add(rows, ProfileStatus.CONFIRMED, REJECT, null, "status.notAllowed");
    add(rows, ProfileStatus.CONFIRMED, REQUEST_SYNC, ProfileStatus.CONFIRMED, null);
    add(rows, ProfileStatus.CONFIRMED, RECORD_OUTCOME, null, "sync.notPending");
    return rows.stream();
  }

  private static void add(List<Arguments> rows, ProfileStatus from, Kind kind,
      @Nullable ProfileStatus to, @Nullable String code) {
    rows.add(Arguments.of(from, kind, to, code));
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("matrix")
  void command_fromStatus(ProfileStatus from, Kind kind, @Nullable ProfileStatus to,
      @Nullable String code) {
    ProfileState state = inStatus(from);
    Decision decision = WORKFLOW.decide(state, kind.build().apply(state), kind.actor(), at(60));

    if (to != null) {
      assertThat(decision).isInstanceOf(Decision.Accepted.class);
      Decision.Accepted accepted = (Decision.Accepted) decision;
      assertThat(accepted.state().status()).isEqualTo(to);
      assertThat(accepted.state().revision()).isEqualTo(state.revision() + 1);
      assertThat(accepted.events()).hasSize(1);
      assertThat(accepted.events().get(0).revision()).isEqualTo(state.revision() + 1);
      assertThat(accepted.events().get(0).at()).isEqualTo(at(60));
      assertThat(accepted.state().updatedAt()).isEqualTo(at(60));
    } else {
      assertThat(decision).isInstanceOf(Decision.Rejected.class);
      assertThat(((Decision.Rejected) decision).code().code()).isEqualTo(code);
    }
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("matrix")
  void command_matchesTransitionTable(ProfileStatus from, Kind kind,
      @Nullable ProfileStatus to, @Nullable String code) {
    Action action = kind.build().apply(inStatus(from)).action();
    boolean inTable = Workflow.transitions().stream()
        .anyMatch(t -> t.from() == from && t.action() == action && t.to() == to);
    boolean statusAction = Workflow.transitions().stream().anyMatch(t -> t.action() == action);

    if (statusAction) {
      assertThat(inTable).isEqualTo(to != null);
    } else {
      assertThat(inTable).isFalse();
    }
  }
}
