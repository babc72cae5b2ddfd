package vn.ccvc.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Section;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/**
 * Shared test data: a province with a ward and a department with a sub-department, the people
 * who act in them, profiles and validation results, and states in each status.
 */
public final class Fixtures {

  /** Hà Nội, the root unit. */
  public static final String PROVINCE = "HN";
  /** Phường Tây Mỗ, a ward under the province. */
  public static final String WARD = "HN-TM";
  /** Sở Nội vụ, a department under the province. */
  public static final String DEPARTMENT = "HN-SNV";
  /** Phòng Công chức, a division under the department. */
  public static final String DIVISION = "HN-SNV-CC";

  /** An employee of the ward, owner of the profile most tests act on. */
  public static final CitizenId OWNER = CitizenId.parse("038185011234");
  /** An approver of the ward only. */
  public static final CitizenId APPROVER = CitizenId.parse("001090004321");
  /** A second approver of the ward. */
  public static final CitizenId SECOND_APPROVER = CitizenId.parse("001090005555");
  /** A leader of the ward only. */
  public static final CitizenId LEADER = CitizenId.parse("001080007777");
  /** An approver of the province whose role includes every unit below it. */
  public static final CitizenId PROVINCE_APPROVER = CitizenId.parse("001075001111");
  /** A leader of the province whose role covers the province's own staff only. */
  public static final CitizenId PROVINCE_LEADER = CitizenId.parse("001075002222");
  /** An approver of the ward who also has a profile in the ward. */
  public static final CitizenId APPROVING_EMPLOYEE = CitizenId.parse("001190003333");
  /** Someone with no role anywhere. */
  public static final CitizenId STRANGER = CitizenId.parse("079200009999");

  /** 2 March 2026, 09:00 in Hà Nội: when the first event of most tests happens. */
  public static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  private Fixtures() {}

  /** Returns the test units. */
  public static UnitTree units() {
    return UnitTree.of(
        Unit.root(PROVINCE, "Thành phố Hà Nội"),
        new Unit(WARD, "Phường Tây Mỗ", PROVINCE),
        new Unit(DEPARTMENT, "Sở Nội vụ", PROVINCE),
        new Unit(DIVISION, "Phòng Công chức", DEPARTMENT));
  }

  /** Returns the test units and roles. */
  public static Organization organization() {
    return Organization.of(units(), List.of(
        new RoleAssignment(APPROVER, Role.APPROVER, WARD, false),
        new RoleAssignment(SECOND_APPROVER, Role.APPROVER, WARD, false),
        new RoleAssignment(LEADER, Role.LEADER, WARD, false),
        new RoleAssignment(PROVINCE_APPROVER, Role.APPROVER, PROVINCE, true),
        new RoleAssignment(PROVINCE_LEADER, Role.LEADER, PROVINCE, false),
        new RoleAssignment(APPROVING_EMPLOYEE, Role.APPROVER, WARD, false)));
  }

  /** Returns the workflow of the test organization. */
  public static Workflow workflow() {
    return Workflow.of(organization());
  }

  /** Returns the time {@code minutes} after {@link #START}. */
  public static Instant at(int minutes) {
    return START.plus(Duration.ofMinutes(minutes));
  }

  /** Returns a profile with a name, the owner's citizen ID and one salary change. */
  public static Profile profile(String fullName) {
    Identity identity = new Identity(null, "Ủy ban nhân dân phường Tây Mỗ", null, null, fullName,
        null, null, null, null, "1985-05-15", null, null, null, null, null,
        OWNER.digits(), null, null, null, null);
    Salary salary = new Salary("01.003", 3, new BigDecimal("3.00"), "2024-01-01", null, null,
        null, null, List.of(new SalaryChange("2021-01", "01.003", 2, new BigDecimal("2.67"))));
    return new Profile(Profile.SCHEMA_VERSION, identity, null, null, null, null, null, null,
        salary, null, null, null);
  }

  /** Returns a clean draft-stage validation result of {@code profile}. */
  public static ValidationReport draft(Profile profile) {
    return new ValidationReport(profile, Stage.DRAFT, List.of());
  }

  /** Returns a clean submission-stage validation result of {@code profile}. */
  public static ValidationReport submission(Profile profile) {
    return new ValidationReport(profile, Stage.SUBMISSION, List.of());
  }

  /** Returns a validation result of {@code profile} at {@code stage} with one error. */
  public static ValidationReport withError(Profile profile, Stage stage) {
    Violation error = new Violation("citizenId.format", Severity.ERROR, Section.I, "25",
        "identity.citizenId", "Số định danh phải có đúng 12 chữ số.");
    return new ValidationReport(profile, stage, List.of(error));
  }

  /** Returns the agency's assessment used in approvals. */
  public static AgencyAssessment assessment() {
    return new AgencyAssessment("Hoàn thành tốt nhiệm vụ.", "Nam Từ Liêm", "2026-03-02",
        "Nguyễn Văn An", "Chủ tịch");
  }

  /** Returns the issued state of the owner's profile in the ward. */
  public static ProfileState issued() {
    return ProfileState.issued(OWNER, WARD, START);
  }

  /**
   * Returns the owner's profile brought to {@code status} by the shortest accepted path:
   * nothing for NOT_STARTED, a save for UPDATING, then a submission, then an approval or a
   * rejection.
   */
  public static ProfileState inStatus(ProfileStatus status) {
    return path(status).state();
  }

  /** Returns the decisions of {@link #inStatus}, with every event, as a history. */
  public static Path path(ProfileStatus status) {
    Workflow workflow = workflow();
    Path path = new Path(workflow, List.of(new WorkflowEvent.AccountIssued(START, OWNER, WARD)),
        issued());
    if (status == ProfileStatus.NOT_STARTED) {
      return path;
    }
    Profile profile = profile("Bùi Thị Thủy");
    path = path.then(new Command.Save(0, draft(profile)), Actor.person(OWNER));
    if (status == ProfileStatus.UPDATING) {
      return path;
    }
    path = path.then(new Command.Submit(1, submission(profile)), Actor.person(OWNER));
    return switch (status) {
      case CONFIRMED -> path.then(new Command.Approve(2, assessment()), Actor.person(APPROVER));
      case REJECTED -> path.then(new Command.Reject(2, "Thiếu quá trình công tác."),
          Actor.person(APPROVER));
      default -> path;
    };
  }

  /** A state with the events that led to it, for building histories in tests. */
  public record Path(Workflow workflow, List<WorkflowEvent> events, ProfileState state) {

    /** Returns the path after an accepted command, one minute after the last event. */
    public Path then(Command command, Actor actor) {
      Decision.Accepted accepted = (Decision.Accepted) workflow.decide(state, command, actor,
          state.updatedAt().plus(Duration.ofMinutes(1)));
      List<WorkflowEvent> all = new ArrayList<>(events);
      all.addAll(accepted.events());
      return new Path(workflow, List.copyOf(all), accepted.state());
    }
  }
}
