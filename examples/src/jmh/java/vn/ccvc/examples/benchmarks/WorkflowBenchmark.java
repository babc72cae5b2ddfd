package vn.ccvc.examples.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.Decision;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.ProfileDiff;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.UpdateHistory;
import vn.ccvc.workflow.Workflow;
import vn.ccvc.workflow.WorkflowEvent;

/**
 * Measures the workflow on one thread: decisions per second, replaying a 1,000-event history,
 * and the field-by-field diff of the full profile of {@link ProfileBenchmark}.
 *
 * <p>The organization is a province with a department and a division below it. The approver
 * has the role at the province with sub-units included, so each approval walks the unit tree
 * up two levels. Every saved event carries the full profile.
 */
@State(Scope.Benchmark)
@Threads(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WorkflowBenchmark {

  /** Events in the replayed history, the account's issue included. */
  static final int HISTORY_EVENTS = 1000;

  private static final CitizenId OWNER = CitizenId.parse("038185011234");
  private static final CitizenId APPROVER = CitizenId.parse("001090004321");
  private static final CitizenId LEADER = CitizenId.parse("001080007777");
  private static final String DIVISION = "HN-SNV-CC";
  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  private Workflow workflow;
  private Profile profile;
  private Profile edited;
  private ProfileState updating;
  private ProfileState awaiting;
  private Command.Save save;
  private Command.Approve approve;
  private Command.Save staleSave;
  private List<WorkflowEvent> history;

  /** Reads the profile and builds the states, commands and history. */
  @Setup
  public void setUp() {
    profile = ProfileCodec.create().read(ProfileBenchmark.readResource(
        ProfileBenchmark.PROFILE_RESOURCE));
    edited = renamed(profile, "Bùi Thị Thu Thủy");
    workflow = Workflow.of(organization());
    ProfileState issued = workflow.issue(OWNER, DIVISION, START).orThrow();
    updating = workflow.decide(issued, new Command.Save(0, draft(profile)),
        Actor.person(OWNER), START).orThrow();
    awaiting = workflow.decide(updating, new Command.Submit(1, submission(profile)),
        Actor.person(OWNER), START).orThrow();
    save = new Command.Save(1, draft(edited));
    approve = new Command.Approve(2, assessment());
    staleSave = new Command.Save(0, draft(edited));
    history = history(HISTORY_EVENTS);
  }

  /** Decides an accepted save of the full profile. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision decideSave() {
    return workflow.decide(updating, save, Actor.person(OWNER), START);
  }

  /** Decides an accepted approval by an approver two units up. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision decideApprove() {
    return workflow.decide(awaiting, approve, Actor.person(APPROVER), START);
  }

  /** Decides a save with a stale revision, which builds a rejection message. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision decideStale() {
    return workflow.decide(updating, staleSave, Actor.person(OWNER), START);
  }

  /** Replays the 1,000-event history into the current state. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ProfileState replay() {
    return ProfileState.replay(history);
  }

  /** Builds the update history, entry by entry, from the 1,000 events. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public UpdateHistory updateHistory() {
    return UpdateHistory.of(history);
  }

  /** Compares the full profile with a copy whose name differs. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ProfileDiff diff() {
    return ProfileDiff.between(profile, edited);
  }

  /**
   * Returns a history of {@code size} events: the issue, then rounds of save, submit, reject,
   * save, submit, approve, request sync and record outcome, cut at {@code size}.
   */
  private List<WorkflowEvent> history(int size) {
    List<WorkflowEvent> events = new ArrayList<>(size);
    Decision.Accepted issued = (Decision.Accepted) workflow.issue(OWNER, DIVISION, START);
    events.addAll(issued.events());
    ProfileState state = issued.state();
    int step = 0;
    while (events.size() < size) {
      Instant at = START.plusSeconds(60L * events.size());
      Decision.Accepted accepted = (Decision.Accepted) workflow.decide(state,
          commandOf(step % 8, state), actorOf(step % 8), at);
      events.addAll(accepted.events());
      state = accepted.state();
      step++;
    }
    return List.copyOf(events);
  }

  private Command commandOf(int kind, ProfileState state) {
    long revision = state.revision();
    Profile content = kind < 3 ? profile : edited;
    return switch (kind) {
      case 0, 3 -> new Command.Save(revision, draft(content));
      case 1, 4 -> new Command.Submit(revision, submission(content));
      case 2 -> new Command.Reject(revision, "Bổ sung quá trình đào tạo.");
      case 5 -> new Command.Approve(revision, assessment());
      case 6 -> new Command.RequestSync(revision);
      default -> Command.RecordSyncOutcome.succeeded(revision, state.confirmedVersion());
    };
  }

  private static Actor actorOf(int kind) {
    return switch (kind) {
      case 2, 5 -> Actor.person(APPROVER);
      case 6 -> Actor.person(LEADER);
      case 7 -> Actor.SYSTEM;
      default -> Actor.person(OWNER);
    };
  }

  private static Organization organization() {
    UnitTree units = UnitTree.of(Unit.root("HN", "Thành phố Hà Nội"),
        new Unit("HN-SNV", "Sở Nội vụ", "HN"),
        new Unit(DIVISION, "Phòng Công chức", "HN-SNV"));
    return Organization.of(units, List.of(
        new RoleAssignment(APPROVER, Role.APPROVER, "HN", true),
        new RoleAssignment(LEADER, Role.LEADER, DIVISION, false)));
  }

  private static ValidationReport draft(Profile profile) {
    return new ValidationReport(profile, Stage.DRAFT, List.of());
  }

  private static ValidationReport submission(Profile profile) {
    return new ValidationReport(profile, Stage.SUBMISSION, List.of());
  }

  private static AgencyAssessment assessment() {
    return new AgencyAssessment("Hoàn thành tốt nhiệm vụ.", "Nam Từ Liêm", "2026-03-02",
        "Nguyễn Văn An", "Chủ tịch");
  }

  private static Profile renamed(Profile profile, String fullName) {
    Identity i = profile.identity();
    Identity identity = new Identity(i.managingAgency(), i.usingAgency(), i.staffNumber(),
        i.photo(), fullName, i.familyName(), i.middleName(), i.givenName(), i.otherNames(),
        i.birthDate(), i.sex(), i.placeOfBirth(), i.homeTown(), i.ethnicityCode(),
        i.religionCode(), i.citizenId(), i.citizenIdIssueDate(), i.citizenIdIssuePlace(),
        i.formerIdNumber(), i.familyBackground());
    return new Profile(profile.schemaVersion(), identity, profile.residence(), profile.family(),
        profile.personalHistory(), profile.employment(), profile.qualifications(),
        profile.workHistory(), profile.salary(), profile.awardsAndDiscipline(),
        profile.partyAndMilitary(), profile.healthAndPolicy());
  }
}
