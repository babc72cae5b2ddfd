package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.WARD;
import static vn.ccvc.workflow.Fixtures.at;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;

/** The workflow with the SDK's real validator, as the module README shows it. */
class ValidatorIntegrationTest {

  private static final ProfileValidator VALIDATOR = ProfileValidator.builder()
      .clock(Clock.fixed(Fixtures.START, ZoneId.of("Asia/Ho_Chi_Minh")))
      .build();

  @Test
  void partialProfile_savesButCannotBeSubmitted() {
    WorkflowService service = new WorkflowService(Fixtures.workflow(),
        new InMemoryWorkflowStore());
    service.issue(OWNER, WARD, at(0)).orThrow();
    Profile partial = Fixtures.profile("Bùi Thị Thủy");

    ValidationReport draft = VALIDATOR.validate(partial, Stage.DRAFT);
    Decision saved = service.execute(OWNER, new Command.Save(0, draft), Actor.person(OWNER),
        at(1));
    ValidationReport full = VALIDATOR.validate(draft.profile(), Stage.SUBMISSION);
    Decision submitted = service.execute(OWNER, new Command.Submit(1, full),
        Actor.person(OWNER), at(2));

    assertThat(saved.isAccepted()).isTrue();
    assertThat(full.hasErrors()).isTrue();
    assertThat(((Decision.Rejected) submitted).code())
        .isEqualTo(RejectionCode.VALIDATION_ERRORS);
    assertThat(((Decision.Rejected) submitted).message())
        .startsWith("Cannot submit a profile with " + full.errors().size()
            + " validation errors at stage SUBMISSION (");
  }
}
