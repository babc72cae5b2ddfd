package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.START;
import static vn.ccvc.workflow.Fixtures.WARD;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.profile;
import static vn.ccvc.workflow.Fixtures.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The update history: entries, rejection notes and replay. */
class UpdateHistoryTest {

  private static final Actor OWNER_ACTOR = Actor.person(OWNER);
  private static final Actor APPROVER_ACTOR = Actor.person(APPROVER);

  private static Fixtures.Path rejectedThenResubmitted() {
    return Fixtures.path(ProfileStatus.REJECTED)
        .then(new Command.Save(3, draft(profile("Bùi Thị Thủy"))), OWNER_ACTOR)
        .then(new Command.Submit(4, submission(profile("Bùi Thị Thủy"))), OWNER_ACTOR);
  }

  @Test
  void entries_oneEachEvent() {
    Fixtures.Path path = Fixtures.path(ProfileStatus.REJECTED);
    UpdateHistory history = UpdateHistory.of(path.events());

    assertThat(history.entries()).extracting(HistoryEntry::action).containsExactly(
        Action.ISSUE_ACCOUNT, Action.SAVE, Action.SUBMIT, Action.REJECT);
    assertThat(history.entries()).extracting(HistoryEntry::to).containsExactly(
        ProfileStatus.NOT_STARTED, ProfileStatus.UPDATING, ProfileStatus.AWAITING_CONFIRMATION,
        ProfileStatus.REJECTED);
    assertThat(history.entries().get(3)).isEqualTo(new HistoryEntry(
        path.state().updatedAt(), APPROVER_ACTOR, Role.APPROVER, Action.REJECT,
        ProfileStatus.AWAITING_CONFIRMATION, ProfileStatus.REJECTED, 3, 0,
        "Thiếu quá trình công tác."));
  }

  @Test
  void state_equalsDecidedState() {
    Fixtures.Path path = Fixtures.path(ProfileStatus.CONFIRMED);

    assertThat(UpdateHistory.of(path.events()).state()).isEqualTo(path.state());
    assertThat(ProfileState.replay(path.events())).isEqualTo(path.state());
  }

  @Test
  void openRejectionNote_whileRejected() {
    UpdateHistory history = UpdateHistory.of(Fixtures.path(ProfileStatus.REJECTED).events());

    assertThat(history.openRejectionNote()).contains("Thiếu quá trình công tác.");
  }

  @Test
  void openRejectionNote_whileEditingAfterRejection() {
    Fixtures.Path editing = Fixtures.path(ProfileStatus.REJECTED)
        .then(new Command.Save(3, draft(profile("Bùi Thị Thủy"))), OWNER_ACTOR);

    assertThat(UpdateHistory.of(editing.events()).openRejectionNote())
        .contains("Thiếu quá trình công tác.");
  }

  @Test
  void openRejectionNote_goneAfterResubmission() {
    UpdateHistory history = UpdateHistory.of(rejectedThenResubmitted().events());

    assertThat(history.openRejectionNote()).isEmpty();
    assertThat(history.latestRejection().orElseThrow().note())
        .isEqualTo("Thiếu quá trình công tác.");
  }

  @Test
  void latestRejection_noneWhenNeverRejected() {
    UpdateHistory history = UpdateHistory.of(Fixtures.path(ProfileStatus.CONFIRMED).events());

    assertThat(history.latestRejection()).isEmpty();
    assertThat(history.openRejectionNote()).isEmpty();
  }

  @Test
  void approvalEntry_carriesVersion() {
    UpdateHistory history = UpdateHistory.of(Fixtures.path(ProfileStatus.CONFIRMED).events());
    HistoryEntry approval = history.entries().get(3);

    assertThat(approval.action()).isEqualTo(Action.APPROVE);
    assertThat(approval.role()).isEqualTo(Role.APPROVER);
    assertThat(approval.version()).isEqualTo(1);
    assertThat(approval.actor().toString()).isEqualTo("001*****4321");
  }

  @Test
  void replayUntil_stopsBeforeEnd() {
    Fixtures.Path path = Fixtures.path(ProfileStatus.CONFIRMED);
    Instant submittedAt = path.events().get(2).at();

    ProfileState before = ProfileState.replayUntil(path.events(), submittedAt).orElseThrow();

    assertThat(before.status()).isEqualTo(ProfileStatus.UPDATING);
    assertThat(before.revision()).isEqualTo(1);
  }

  @Test
  void replayUntil_emptyBeforeIssue() {
    Fixtures.Path path = Fixtures.path(ProfileStatus.CONFIRMED);

    assertThat(ProfileState.replayUntil(path.events(), START)).isEmpty();
  }

  @Test
  void replay_emptyHistoryInvalid() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> ProfileState.replay(List.of()));

    assertThat(thrown.code()).isEqualTo("history.invalid");
    assertThat(thrown.getMessage())
        .isEqualTo("History is empty; a history starts with the issued account");
  }

  @Test
  void replay_withoutIssueInvalid() {
    List<WorkflowEvent> events = Fixtures.path(ProfileStatus.UPDATING).events();
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> ProfileState.replay(events.subList(1, events.size())));

    assertThat(thrown.code()).isEqualTo("history.invalid");
    assertThat(thrown.getMessage()).isEqualTo(
        "History starts with save at revision 1; a history starts with the issued account");
  }

  @Test
  void replay_gapInvalid() {
    List<WorkflowEvent> events = new ArrayList<>(
        Fixtures.path(ProfileStatus.CONFIRMED).events());
    events.remove(2);
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> ProfileState.replay(events));

    assertThat(thrown.code()).isEqualTo("history.invalid");
    assertThat(thrown.getMessage()).isEqualTo("Event approve of 038*****1234 has revision 3, "
        + "but the state is at revision 1; events must follow each other without gaps");
  }

  @Test
  void replay_secondIssueInvalid() {
    List<WorkflowEvent> events = new ArrayList<>(Fixtures.path(ProfileStatus.UPDATING).events());
    events.add(new WorkflowEvent.AccountIssued(START, OWNER, WARD));
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> ProfileState.replay(events));

    assertThat(thrown.code()).isEqualTo("history.invalid");
  }

  @Test
  void events_toStringMasksAndHidesProfile() {
    WorkflowEvent saved = Fixtures.path(ProfileStatus.UPDATING).events().get(1);
    WorkflowEvent issued = Fixtures.path(ProfileStatus.UPDATING).events().get(0);

    assertThat(saved.toString()).isEqualTo(
        "ProfileSaved[revision=1, at=2026-03-02T02:01:00Z, actor=038*****1234]");
    assertThat(issued.toString()).doesNotContain("038185011234");
    assertThat(Fixtures.inStatus(ProfileStatus.CONFIRMED).toString())
        .doesNotContain("038185011234");
  }

  @Test
  void commands_toStringHidesProfile() {
    Command save = new Command.Save(3, draft(profile("A")));
    Command submit = new Command.Submit(4, submission(profile("A")));

    assertThat(save.toString())
        .isEqualTo("Save[expectedRevision=3, stage=DRAFT, errors=0, warnings=0]");
    assertThat(submit.toString())
        .isEqualTo("Submit[expectedRevision=4, stage=SUBMISSION, errors=0, warnings=0]");
  }
}
