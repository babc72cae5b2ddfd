package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.ccvc.examples.store.JsonFileWorkflowStore;
import vn.ccvc.examples.store.OrganizationFile;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.Workflow;
import vn.ccvc.workflow.WorkflowService;

/**
 * {@code ccvc report} on a state folder built through the workflow: a ward with three staff
 * and a school under it with two.
 */
class ReportCommandTest {

  private static final CitizenId APPROVER = CitizenId.parse("001090004321");
  private static final CitizenId LEADER = CitizenId.parse("001080007777");
  private static final CitizenId[] WARD_STAFF = {CitizenId.parse("001185000001"),
      CitizenId.parse("001185000002"), CitizenId.parse("001185000003")};
  private static final CitizenId[] SCHOOL_STAFF = {CitizenId.parse("001190000004"),
      CitizenId.parse("001190000005")};
  /** 10 March 2026, 09:00 in Hà Nội. */
  private static final Instant MARCH_10 = Instant.parse("2026-03-10T02:00:00Z");
  /** 20 March 2026, 09:00 in Hà Nội. */
  private static final Instant MARCH_20 = Instant.parse("2026-03-20T02:00:00Z");

  @TempDir
  Path folder;

  @BeforeEach
  void buildFolder() {
    UnitTree units = UnitTree.of(Unit.root("HN-DM", "Phường Đại Mỗ"),
        new Unit("HN-DM-MN", "Trường Mầm non Đại Mỗ", "HN-DM"));
    Organization organization = Organization.of(units, List.of(
        new RoleAssignment(APPROVER, Role.APPROVER, "HN-DM", true),
        new RoleAssignment(LEADER, Role.LEADER, "HN-DM", true)));
    new OrganizationFile(organization, LocalDate.of(2026, 3, 31)).write(folder);
    WorkflowService service = new WorkflowService(Workflow.of(organization),
        JsonFileWorkflowStore.open(folder));

    for (CitizenId id : WARD_STAFF) {
      service.issue(id, "HN-DM", MARCH_10).orThrow();
    }
    for (CitizenId id : SCHOOL_STAFF) {
      service.issue(id, "HN-DM-MN", MARCH_10).orThrow();
    }
    // Ward: one confirmed on 10 March and synced on 20 March, one saved, one not started.
    confirm(service, WARD_STAFF[0], MARCH_10);
    service.execute(WARD_STAFF[0], new Command.RequestSync(3), Actor.person(LEADER), MARCH_20)
        .orThrow();
    service.execute(WARD_STAFF[0], Command.RecordSyncOutcome.succeeded(4, 1), Actor.SYSTEM,
        MARCH_20).orThrow();
    save(service, WARD_STAFF[1], MARCH_10);
    // School: one confirmed on 20 March, one rejected on 20 March.
    confirm(service, SCHOOL_STAFF[0], MARCH_20);
    save(service, SCHOOL_STAFF[1], MARCH_10);
    submit(service, SCHOOL_STAFF[1], 1, MARCH_10);
    service.execute(SCHOOL_STAFF[1], new Command.Reject(2, "Thiếu ảnh."),
        Actor.person(APPROVER), MARCH_20).orThrow();
  }

  private static void confirm(WorkflowService service, CitizenId owner, Instant at) {
    save(service, owner, at);
    submit(service, owner, 1, at);
    service.execute(owner, new Command.Approve(2, new AgencyAssessment("Tốt.", null, null,
        null, null)), Actor.person(APPROVER), at).orThrow();
  }

  private static void save(WorkflowService service, CitizenId owner, Instant at) {
    service.execute(owner, new Command.Save(0, report(owner, Stage.DRAFT)),
        Actor.person(owner), at).orThrow();
  }

  private static void submit(WorkflowService service, CitizenId owner, long revision,
      Instant at) {
    service.execute(owner, new Command.Submit(revision, report(owner, Stage.SUBMISSION)),
        Actor.person(owner), at).orThrow();
  }

  private static ValidationReport report(CitizenId owner, Stage stage) {
    Identity identity = new Identity(null, null, null, null, "Nguyễn Văn " + owner.digits(),
        null, null, null, null, null, null, null, null, null, null, owner.digits(), null, null,
        null, null);
    Salary salary = new Salary("01.003", 3, new BigDecimal("3.00"), null, null, null, null,
        null, null);
    Profile profile = new Profile(Profile.SCHEMA_VERSION, identity, null, null, null, null,
        null, null, salary, null, null, null);
    return new ValidationReport(profile, stage, List.of());
  }

  @Test
  void csv_english() {
    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-03-25", "--format",
        "csv", "--lang", "en");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(""
        + "Unit ID,Unit,Accounts,Not started,Updating,Awaiting confirmation,Rejected,Confirmed,"
        + "Not synced,Sync pending,Synced,Sync failed,Completion,Sync rate,Report date,Deadline,"
        + "Days left\n"
        + "HN-DM,Phường Đại Mỗ,3,1,1,0,0,1,0,0,1,0,33.3,33.3,2026-03-25,2026-03-31,6\n"
        + "HN-DM-MN,Trường Mầm non Đại Mỗ,2,0,0,0,1,1,1,0,0,0,50.0,0.0,2026-03-25,2026-03-31,6\n"
        + "HN-DM,Total,5,1,1,0,1,2,1,0,1,0,40.0,20.0,2026-03-25,2026-03-31,6\n");
  }

  @Test
  void earlierDate_replaysHistory() {
    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-03-15", "--format",
        "csv", "--lang", "en");

    assertThat(run.outLines()).last().isEqualTo(
        "HN-DM,Total,5,2,1,1,0,1,1,0,0,0,20.0,0.0,2026-03-15,2026-03-31,16");
  }

  @Test
  void beforeAccounts_onlyTheSchoolNotStarted() {
    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-03-09", "--format",
        "csv", "--lang", "en");

    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(1)).isEqualTo(
        "HN-DM-MN,Trường Mầm non Đại Mỗ,0,0,0,0,0,0,0,0,0,0,,,2026-03-09,2026-03-31,22");
    assertThat(run.outLines().get(2)).isEqualTo(
        "HN-DM,Total,0,0,0,0,0,0,0,0,0,0,,,2026-03-09,2026-03-31,22");
  }

  @Test
  void text_vietnameseDefault() {
    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-04-02");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outLines()).startsWith(
        "Tiến độ cập nhật hồ sơ: Phường Đại Mỗ",
        "Ngày báo cáo: 2026-04-02",
        "Hạn: 2026-03-31, quá hạn 2 ngày",
        "");
    assertThat(run.outLines()).last().asString()
        .startsWith("Tổng cộng").endsWith("40,0%          20,0%");
  }

  @Test
  void deadlineOption_overridesFile() {
    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-03-25",
        "--deadline", "2026-03-26", "--lang", "en");

    assertThat(run.outLines()).contains("Deadline: 2026-03-26, 1 day left");
  }

  @Test
  void defaultDate_fromClock() {
    StringWriter out = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2026-03-16T18:00:00Z"), ValidateCommand.VIETNAM);
    CommandLine commandLine = new CommandLine(new ReportCommand(clock));
    commandLine.setOut(new PrintWriter(out));
    int status = commandLine.execute(folder.toString(), "--lang", "en");

    assertThat(status).isEqualTo(0);
    assertThat(out.toString()).contains("Report date: 2026-03-17\n");
  }

  @Test
  void profileOfUnlistedUnit_exitsTwo() {
    UnitTree wardOnly = UnitTree.of(Unit.root("HN-DM", "Phường Đại Mỗ"));
    new OrganizationFile(Organization.of(wardOnly, List.of()), null).write(folder);

    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-03-31");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().asString()
        .contains("belongs to unit 'HN-DM-MN', which organization.json does not list")
        .contains("001*****0004");
  }

  @Test
  void missingFolder_exitsTwo() {
    CliRun run = CliRun.run("report", folder.resolve("none").toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("ccvc report: Invalid value for DIR: folder '"
        + folder.resolve("none") + "' not found; name a workflow state folder.",
        "Run 'ccvc report --help' for usage.");
  }

  @Test
  void damagedProfile_exitsTwoMasked() throws IOException {
    Files.writeString(folder.resolve("profiles/001185000002.json"), "[]",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("report", folder.toString(), "--date", "2026-03-25");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ccvc report: Store file profiles/001*****0002.json is not "
        + "a JSON object. Correct the file or restore it from a backup.\n");
  }

  @Test
  void twoRoots_exitsTwo() throws IOException {
    Path file = folder.resolve("organization.json");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace(",\n      \"parentId\": \"HN-DM\"", ""),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.run("report", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ccvc report: organization.json has 2 root units, but ccvc"
        + " report needs exactly one; give the units a common parent.\n");
  }

  @Test
  void badFormat_exitsTwo() {
    CliRun run = CliRun.run("report", folder.toString(), "--format", "json", "--lang", "en");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc report: Invalid value for option "
        + "'--format': 'json' is not valid; use text or csv.");
  }

  @Test
  void badFormat_isReportedInVietnameseByDefault() {
    CliRun run = CliRun.run("report", folder.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc report: Giá trị không hợp lệ cho tùy "
        + "chọn '--format': 'json' không hợp lệ; hãy dùng text hoặc csv.");
  }

  @Test
  void help_listsOptions() {
    CliRun run = CliRun.run("report", "--help");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("Usage: ccvc report", "DIR", "--date=yyyy-MM-dd",
        "--deadline=yyyy-MM-dd", "--format=text|csv", "--lang=vi|en", "Exit status:");
  }

  @Test
  void help_ccvcListsReport() {
    assertThat(CliRun.run("--help").out()).contains("report");
  }
}
