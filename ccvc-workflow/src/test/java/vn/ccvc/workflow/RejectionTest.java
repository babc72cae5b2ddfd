package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.APPROVING_EMPLOYEE;
import static vn.ccvc.workflow.Fixtures.DIVISION;
import static vn.ccvc.workflow.Fixtures.LEADER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.PROVINCE_APPROVER;
import static vn.ccvc.workflow.Fixtures.PROVINCE_LEADER;
import static vn.ccvc.workflow.Fixtures.STRANGER;
import static vn.ccvc.workflow.Fixtures.WARD;
import static vn.ccvc.workflow.Fixtures.assessment;
import static vn.ccvc.workflow.Fixtures.at;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.inStatus;
import static vn.ccvc.workflow.Fixtures.profile;
import static vn.ccvc.workflow.Fixtures.submission;
import static vn.ccvc.workflow.Fixtures.withError;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Section;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/** Each rejection code with its exact message, and the order in which checks apply. */
class RejectionTest {

  private final Workflow workflow = Fixtures.workflow();

  private Decision.Rejected reject(ProfileState state, Command command, CitizenId actor) {
    return reject(state, command, Actor.person(actor));
  }

  private Decision.Rejected reject(ProfileState state, Command command, Actor actor) {
    Decision decision = workflow.decide(state, command, actor, at(100));
    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    return (Decision.Rejected) decision;
  }

  private ProfileState awaiting() {
    return inStatus(ProfileStatus.AWAITING_CONFIRMATION);
  }

  @Test
  void staleRevision() {
    ProfileState state = inStatus(ProfileStatus.UPDATING);
    Decision.Rejected rejected = reject(state, new Command.Save(0, draft(profile("A"))), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.STALE_REVISION);
    assertThat(rejected.message()).isEqualTo("Profile of 038*****1234 is at revision 1, not the"
        + " expected revision 0: another command changed it first. Reload the profile and "
        + "decide again.");
  }

  @Test
  void notOwner_person() {
    Decision.Rejected rejected = reject(inStatus(ProfileStatus.UPDATING),
        new Command.Withdraw(1), APPROVER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_OWNER);
    assertThat(rejected.message()).isEqualTo("001*****4321 cannot withdraw the profile of "
        + "038*****1234: only its owner can. Sign in as the owner.");
  }

  @Test
  void notOwner_system() {
    Decision.Rejected rejected = reject(Fixtures.issued(),
        new Command.Save(0, draft(profile("A"))), Actor.SYSTEM);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_OWNER);
    assertThat(rejected.message()).isEqualTo("system cannot save the profile of 038*****1234: "
        + "only its owner can. Sign in as the owner.");
  }

  @Test
  void notApprover_stranger() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Approve(2, assessment()),
        STRANGER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_APPROVER);
    assertThat(rejected.message()).isEqualTo("079*****9999 cannot approve the profile of "
        + "038*****1234: they are no approver of unit 'HN-TM' nor of a unit above it with "
        + "sub-units included. Ask the administrator to assign the approver role.");
  }

  @Test
  void notApprover_leaderOfUnit() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Reject(2, "Sai."), LEADER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_APPROVER);
  }

  @Test
  void notApprover_system() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Approve(2, assessment()),
        Actor.SYSTEM);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_APPROVER);
  }

  @Test
  void notApprover_approverOfOtherUnit() {
    ProfileState division = withUnit(awaiting(), DIVISION);
    Decision.Rejected rejected = reject(division, new Command.Approve(2, assessment()),
        APPROVER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_APPROVER);
    assertThat(rejected.message()).contains("unit 'HN-SNV-CC'");
  }

  @Test
  void approverWithSubUnits_approvesTwoLevelsDown() {
    ProfileState division = withUnit(awaiting(), DIVISION);
    Decision decision = workflow.decide(division, new Command.Approve(2, assessment()),
        Actor.person(PROVINCE_APPROVER), at(100));

    assertThat(decision.isAccepted()).isTrue();
  }

  @Test
  void notLeader_approver() {
    Decision.Rejected rejected = reject(inStatus(ProfileStatus.CONFIRMED),
        new Command.RequestSync(3), APPROVER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_LEADER);
    assertThat(rejected.message()).isEqualTo("001*****4321 cannot request sync the profile of "
        + "038*****1234: they are no leader of unit 'HN-TM' nor of a unit above it with "
        + "sub-units included. Ask the administrator to assign the leader role.");
  }

  @Test
  void notLeader_provinceLeaderWithoutSubUnits() {
    Decision.Rejected rejected = reject(inStatus(ProfileStatus.CONFIRMED),
        new Command.RequestSync(3), PROVINCE_LEADER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_LEADER);
  }

  @Test
  void notSystem() {
    ProfileState pending = Fixtures.workflow().decide(inStatus(ProfileStatus.CONFIRMED),
        new Command.RequestSync(3), Actor.person(LEADER), at(100)).orThrow();
    Decision.Rejected rejected = reject(pending,
        Command.RecordSyncOutcome.succeeded(4, 1), LEADER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_SYSTEM);
    assertThat(rejected.message()).isEqualTo("001*****7777 cannot record a sync outcome: only "
        + "the system can. Let the sync client record it.");
  }

  @Test
  void ownProfile_approve() {
    ProfileState own = withOwner(awaiting(), APPROVING_EMPLOYEE);
    Decision.Rejected rejected = reject(own, new Command.Approve(2, assessment()),
        APPROVING_EMPLOYEE);

    assertThat(rejected.code()).isEqualTo(RejectionCode.OWN_PROFILE);
    assertThat(rejected.message()).isEqualTo("001*****3333 cannot approve their own profile: "
        + "another approver of the unit must decide it.");
  }

  @Test
  void ownProfile_reject() {
    ProfileState own = withOwner(awaiting(), APPROVING_EMPLOYEE);
    Decision.Rejected rejected = reject(own, new Command.Reject(2, "Sai."), APPROVING_EMPLOYEE);

    assertThat(rejected.code()).isEqualTo(RejectionCode.OWN_PROFILE);
  }

  @Test
  void statusNotAllowed_saveWhileAwaiting() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Save(2, draft(profile("A"))),
        OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.STATUS_NOT_ALLOWED);
    assertThat(rejected.message()).isEqualTo("Cannot save the profile of 038*****1234 in "
        + "status Chờ xác nhận (AWAITING_CONFIRMATION); save is allowed only from Chưa cập nhật"
        + " (NOT_STARTED), Đang cập nhật (UPDATING), Từ chối (REJECTED), Xác nhận (CONFIRMED)."
        + " Withdraw it first, or wait for the approver's decision.");
  }

  @Test
  void statusNotAllowed_submitWhenRejected() {
    ProfileState rejectedState = inStatus(ProfileStatus.REJECTED);
    Decision.Rejected rejected = reject(rejectedState,
        new Command.Submit(3, submission(rejectedState.profile())), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.STATUS_NOT_ALLOWED);
    assertThat(rejected.message()).isEqualTo("Cannot submit the profile of 038*****1234 in "
        + "status Từ chối (REJECTED); submit is allowed only from Đang cập nhật (UPDATING).");
  }

  @Test
  void wrongStage_save() {
    Decision.Rejected rejected = reject(Fixtures.issued(),
        new Command.Save(0, submission(profile("A"))), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.WRONG_VALIDATION_STAGE);
    assertThat(rejected.message()).isEqualTo("The validation result for save is for stage "
        + "SUBMISSION, but save needs a result for stage DRAFT. Validate the profile for stage "
        + "DRAFT.");
  }

  @Test
  void wrongStage_submit() {
    ProfileState updating = inStatus(ProfileStatus.UPDATING);
    Decision.Rejected rejected = reject(updating,
        new Command.Submit(1, draft(updating.profile())), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.WRONG_VALIDATION_STAGE);
  }

  @Test
  void validationErrors_save() {
    Decision.Rejected rejected = reject(Fixtures.issued(),
        new Command.Save(0, withError(profile("A"), Stage.DRAFT)), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.VALIDATION_ERRORS);
    assertThat(rejected.message()).isEqualTo("Cannot save a profile with 1 validation error at"
        + " stage DRAFT (citizenId.format at identity.citizenId). Correct them and save again.");
  }

  @Test
  void validationErrors_submitListsThreeOfFour() {
    ProfileState updating = inStatus(ProfileStatus.UPDATING);
    List<Violation> errors = List.of(error("a.one", "x.a"), error("a.two", "x.b"),
        error("a.three", "x.c"), error("a.four", "x.d"));
    ValidationReport report = new ValidationReport(updating.profile(), Stage.SUBMISSION, errors);
    Decision.Rejected rejected = reject(updating, new Command.Submit(1, report), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.VALIDATION_ERRORS);
    assertThat(rejected.message()).isEqualTo("Cannot submit a profile with 4 validation errors"
        + " at stage SUBMISSION (a.one at x.a, a.two at x.b, a.three at x.c, …). Correct them "
        + "and submit again.");
  }

  @Test
  void warningsOnly_allowSubmission() {
    ProfileState updating = inStatus(ProfileStatus.UPDATING);
    Violation warning = new Violation("citizenId.provinceUnknown", Severity.WARNING, Section.I,
        "25", "identity.citizenId", "Mã tỉnh không có trong danh mục.");
    ValidationReport report = new ValidationReport(updating.profile(), Stage.SUBMISSION,
        List.of(warning));

    assertThat(workflow.decide(updating, new Command.Submit(1, report), Actor.person(OWNER),
        at(100)).isAccepted()).isTrue();
  }

  @Test
  void profileMismatch() {
    ProfileState updating = inStatus(ProfileStatus.UPDATING);
    Decision.Rejected rejected = reject(updating,
        new Command.Submit(1, submission(profile("Người khác"))), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.PROFILE_MISMATCH);
    assertThat(rejected.message()).isEqualTo("The submission's validation result is for a "
        + "profile that differs from the one saved for 038*****1234. Save the profile, validate"
        + " the saved profile for stage SUBMISSION, then submit.");
  }

  @Test
  void noteMissing_null() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Reject(2, null), APPROVER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOTE_MISSING);
    assertThat(rejected.message()).isEqualTo("A rejection needs a note that tells the owner "
        + "what to correct, but the note is blank. Write the note.");
  }

  @Test
  void noteMissing_whiteSpace() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Reject(2, " \t\n "), APPROVER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOTE_MISSING);
  }

  @Test
  void noteTooLong() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Reject(2, "x".repeat(2001)),
        APPROVER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOTE_TOO_LONG);
    assertThat(rejected.message()).isEqualTo("The rejection note has 2001 characters, more "
        + "than the maximum 2000. Shorten it.");
  }

  @Test
  void noteAtLimit_accepted() {
    Decision decision = workflow.decide(awaiting(), new Command.Reject(2, "x".repeat(2000)),
        Actor.person(APPROVER), at(100));

    assertThat(decision.isAccepted()).isTrue();
  }

  @Test
  void noteTooLong_syncDetail() {
    ProfileState pending = workflow.decide(inStatus(ProfileStatus.CONFIRMED),
        new Command.RequestSync(3), Actor.person(LEADER), at(100)).orThrow();
    Decision.Rejected rejected = reject(pending,
        Command.RecordSyncOutcome.failed(4, 1, "e".repeat(2001)), Actor.SYSTEM);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOTE_TOO_LONG);
    assertThat(rejected.message()).isEqualTo("The sync outcome detail has 2001 characters, "
        + "more than the maximum 2000. Shorten it.");
  }

  @Test
  void nothingConfirmed() {
    Decision.Rejected rejected = reject(inStatus(ProfileStatus.UPDATING),
        new Command.RequestSync(1), LEADER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOTHING_CONFIRMED);
    assertThat(rejected.message()).isEqualTo("The profile of 038*****1234 has no confirmed "
        + "version to sync. An approver must confirm it first.");
  }

  @Test
  void unknownUnit() {
    Decision decision = workflow.issue(OWNER, "HN-XX", at(0));

    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    assertThat(((Decision.Rejected) decision).code()).isEqualTo(RejectionCode.UNKNOWN_UNIT);
    assertThat(((Decision.Rejected) decision).message()).isEqualTo("Unit 'HN-XX' is not in the"
        + " organization's unit tree. Add the unit, or issue the account in a listed unit.");
  }

  @Test
  void actorCheckedBeforeRevision() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Approve(7, assessment()),
        STRANGER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.NOT_APPROVER);
  }

  @Test
  void revisionCheckedBeforeStatus() {
    Decision.Rejected rejected = reject(awaiting(), new Command.Save(7, draft(profile("A"))),
        OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.STALE_REVISION);
  }

  @Test
  void statusCheckedBeforeContent() {
    Decision.Rejected rejected = reject(awaiting(),
        new Command.Save(2, withError(profile("A"), Stage.DRAFT)), OWNER);

    assertThat(rejected.code()).isEqualTo(RejectionCode.STATUS_NOT_ALLOWED);
  }

  @Test
  void orThrow_rejectedThrowsWithCode() {
    Decision decision = workflow.decide(awaiting(), new Command.Withdraw(0),
        Actor.person(OWNER), at(100));
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        decision::orThrow);

    assertThat(thrown.code()).isEqualTo("revision.stale");
    assertThat(thrown.getMessage()).isEqualTo(((Decision.Rejected) decision).message());
  }

  @Test
  void codes_areDistinct() {
    List<String> codes = Arrays.stream(RejectionCode.values())
        .map(RejectionCode::code).toList();

    assertThat(codes).doesNotHaveDuplicates();
  }

  private static Violation error(String code, String path) {
    return new Violation(code, Severity.ERROR, Section.I, "1", path, "Lỗi.");
  }

  private static ProfileState withUnit(ProfileState state, String unitId) {
    return new ProfileState(state.owner(), unitId, state.status(), state.revision(),
        state.profile(), state.confirmed(), state.syncState(), state.pendingSyncVersion(),
        state.lastSyncedVersion(), state.issuedAt(), state.updatedAt());
  }

  private static ProfileState withOwner(ProfileState state, CitizenId owner) {
    assertThat(state.unitId()).isEqualTo(WARD);
    return new ProfileState(owner, state.unitId(), state.status(), state.revision(),
        state.profile(), state.confirmed(), state.syncState(), state.pendingSyncVersion(),
        state.lastSyncedVersion(), state.issuedAt(), state.updatedAt());
  }
}
