package vn.ccvc.examples.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.Workflow;

/** A ward with an approver and a leader, and profiles to save, for the store's tests. */
final class StoreFixtures {

  static final String WARD = "HN-DM";
  static final CitizenId OWNER = CitizenId.parse("038185011234");
  static final CitizenId APPROVER = CitizenId.parse("001090004321");
  static final CitizenId LEADER = CitizenId.parse("001080007777");
  static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  private StoreFixtures() {}

  static Organization organization() {
    UnitTree units = UnitTree.of(Unit.root("HN", "Thành phố Hà Nội"),
        new Unit(WARD, "Phường Đại Mỗ", "HN"));
    return Organization.of(units, List.of(
        new RoleAssignment(APPROVER, Role.APPROVER, WARD, false),
        new RoleAssignment(LEADER, Role.LEADER, "HN", true)));
  }

  static Workflow workflow() {
    return Workflow.of(organization());
  }

  static Profile profile(String fullName) {
    Identity identity = new Identity(null, "Ủy ban nhân dân phường Đại Mỗ", null, null,
        fullName, null, null, null, null, "1985-05-15", null, null, null, null, null,
        OWNER.digits(), null, null, null, null);
    Salary salary = new Salary("01.003", 3, new BigDecimal("3.00"), "2024-01-01", null, null,
        null, null, List.of(new SalaryChange("2021-01", "01.003", 2, new BigDecimal("2.67"))));
    return new Profile(Profile.SCHEMA_VERSION, identity, null, null, null, null, null, null,
        salary, null, null, null);
  }

  static ValidationReport draft(Profile profile) {
    return new ValidationReport(profile, Stage.DRAFT, List.of());
  }

  static ValidationReport submission(Profile profile) {
    return new ValidationReport(profile, Stage.SUBMISSION, List.of());
  }

  static AgencyAssessment assessment() {
    return new AgencyAssessment("Hoàn thành tốt nhiệm vụ.", "Nam Từ Liêm", "2026-03-02",
        "Nguyễn Văn An", "Chủ tịch");
  }

  static Instant at(int minutes) {
    return START.plusSeconds(60L * minutes);
  }
}
