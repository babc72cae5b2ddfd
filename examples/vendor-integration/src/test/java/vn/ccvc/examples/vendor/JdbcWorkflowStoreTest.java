package vn.ccvc.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.Decision;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.RejectionCode;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;
import vn.ccvc.workflow.SyncState;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.Workflow;
import vn.ccvc.workflow.WorkflowEvent;
import vn.ccvc.workflow.WorkflowService;
import vn.ccvc.workflow.WorkflowStore;

class JdbcWorkflowStoreTest {

  private static final String WARD = "HN-DM";
  private static final CitizenId OWNER = CitizenId.parse("038185011234");
  private static final CitizenId APPROVER = CitizenId.parse("001090004321");
  private static final CitizenId LEADER = CitizenId.parse("001080007777");
  private static final Instant START = Instant.parse("2026-12-01T02:00:00Z");

  private final Workflow workflow = Workflow.of(Organization.of(
      UnitTree.of(Unit.root("HN", "Thành phố Hà Nội"), new Unit(WARD, "Phường Đại Mỗ", "HN")),
      List.of(new RoleAssignment(APPROVER, Role.APPROVER, WARD, false),
          new RoleAssignment(LEADER, Role.LEADER, WARD, false))));

  private JdbcConnectionPool pool;
  private JdbcWorkflowStore store;

  @BeforeEach
  void openDatabase() {
    pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    store = JdbcWorkflowStore.open(pool);
  }

  @AfterEach
  void closeDatabase() {
    pool.dispose();
  }

  @Test
  void compareAndSet_absent_storesNewProfile() {
    Decision.Accepted issued = issue();

    assertThat(store.compareAndSet(WorkflowStore.ABSENT, issued.state(), issued.events()))
        .isTrue();
    assertThat(store.load(OWNER)).contains(issued.state());
    assertThat(store.events(OWNER)).isEqualTo(issued.events());
  }

  @Test
  void compareAndSet_absentTwice_secondLoses() {
    Decision.Accepted issued = issue();
    store.compareAndSet(WorkflowStore.ABSENT, issued.state(), issued.events());

    assertThat(store.compareAndSet(WorkflowStore.ABSENT, issued.state(), issued.events()))
        .isFalse();
    assertThat(store.events(OWNER)).hasSize(1);
  }

  @Test
  void compareAndSet_currentRevision_wins() {
    ProfileState issued = stored(issue());
    Decision.Accepted saved = accepted(workflow.decide(issued, save("Bùi Thị Thủy", 0),
        Actor.person(OWNER), START.plusSeconds(60)));

    assertThat(store.compareAndSet(0, saved.state(), saved.events())).isTrue();
    assertThat(store.load(OWNER).orElseThrow().revision()).isEqualTo(1);
    assertThat(store.load(OWNER).orElseThrow().status()).isEqualTo(ProfileStatus.UPDATING);
  }

  @Test
  void compareAndSet_staleRevision_losesAndChangesNothing() {
    ProfileState issued = stored(issue());
    Decision.Accepted first = accepted(workflow.decide(issued, save("Bùi Thị Thủy", 0),
        Actor.person(OWNER), START.plusSeconds(60)));
    Decision.Accepted second = accepted(workflow.decide(issued, save("Bùi Thị Thủy B", 0),
        Actor.person(OWNER), START.plusSeconds(61)));
    store.compareAndSet(0, first.state(), first.events());

    assertThat(store.compareAndSet(0, second.state(), second.events())).isFalse();
    assertThat(store.load(OWNER)).contains(first.state());
    assertThat(store.events(OWNER)).hasSize(2);
    assertThat(store.events(OWNER).get(1)).isEqualTo(first.events().get(0));
  }

  @Test
  void compareAndSet_eventsNotContinuing_throws() {
    ProfileState issued = stored(issue());
    Decision.Accepted saved = accepted(workflow.decide(issued, save("Bùi Thị Thủy", 0),
        Actor.person(OWNER), START.plusSeconds(60)));

    assertThatThrownBy(() -> store.compareAndSet(1, saved.state(), saved.events()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event save has revision 1 where 2 was expected");
  }

  @Test
  void events_areInRevisionOrder() {
    WorkflowService service = new WorkflowService(workflow, store);
    walkToSynced(service);

    List<WorkflowEvent> events = store.events(OWNER);

    assertThat(events).extracting(WorkflowEvent::revision)
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(events).extracting(event -> event.action().labelEn())
        .containsExactly("issue account", "save", "submit", "approve", "request sync",
            "record sync outcome");
  }

  @Test
  void replay_equalsStoredState() {
    WorkflowService service = new WorkflowService(workflow, store);
    walkToSynced(service);

    ProfileState stored = store.load(OWNER).orElseThrow();

    assertThat(ProfileState.replay(store.events(OWNER))).isEqualTo(stored);
    assertThat(stored.syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(store.loadAll()).containsExactly(stored);
  }

  @Test
  void load_unknownOwner_isEmpty() {
    assertThat(store.load(OWNER)).isEmpty();
    assertThat(store.events(OWNER)).isEmpty();
    assertThat(store.loadAll()).isEmpty();
  }

  @Test
  void twoThreadsOnOneProfile_exactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        if (round > 0) {
          pool.dispose();
          openDatabase();
        }
        WorkflowService service = new WorkflowService(workflow, store);
        service.issue(OWNER, WARD, START).orThrow();
        List<Decision> decisions = race(threads, service);

        assertThat(decisions).filteredOn(Decision::isAccepted).hasSize(1);
        assertThat(decisions).filteredOn(decision -> !decision.isAccepted())
            .extracting(decision -> ((Decision.Rejected) decision).code())
            .containsExactly(RejectionCode.STALE_REVISION);
        assertThat(store.events(OWNER)).hasSize(2);
        assertThat(ProfileState.replay(store.events(OWNER)))
            .isEqualTo(store.load(OWNER).orElseThrow());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void missingTable_failsWithStoreDatabaseCode() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE ccvc_profile");
    }

    assertThatThrownBy(() -> store.load(OWNER))
        .isInstanceOfSatisfying(CcvcException.class, e -> {
          assertThat(e.code()).isEqualTo(JdbcWorkflowStore.DATABASE_CODE);
          assertThat(e.getMessage()).startsWith("Workflow database: cannot load the profile "
              + "of 038*****1234 (SQLState 42S02: ");
          assertThat(e.getMessage()).endsWith("). Check that the database is reachable and "
              + "its tables are intact.");
        });
  }

  /** Saves two different profiles at revision 0 from two threads released at once. */
  private static List<Decision> race(ExecutorService threads, WorkflowService service)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Decision>> futures = new ArrayList<>();
    for (String name : List.of("Bùi Thị Thủy", "Bùi Thị Thuỷ")) {
      futures.add(threads.submit(() -> {
        go.await();
        return service.execute(OWNER, save(name, 0), Actor.person(OWNER), START);
      }));
    }
    go.countDown();
    List<Decision> decisions = new ArrayList<>();
    for (Future<Decision> future : futures) {
      decisions.add(future.get(30, TimeUnit.SECONDS));
    }
    return decisions;
  }

  private void walkToSynced(WorkflowService service) {
    service.issue(OWNER, WARD, START).orThrow();
    service.execute(OWNER, save("Bùi Thị Thủy", 0), Actor.person(OWNER), START).orThrow();
    Profile profile = store.load(OWNER).orElseThrow().profile();
    service.execute(OWNER, new Command.Submit(1,
        new ValidationReport(profile, Stage.SUBMISSION, List.of())), Actor.person(OWNER),
        START).orThrow();
    service.execute(OWNER, new Command.Approve(2, new AgencyAssessment("Hoàn thành tốt nhiệm vụ.",
        "Hà Nội", "2026-12-01", "Nguyễn Văn An", "Chủ tịch")), Actor.person(APPROVER), START)
        .orThrow();
    service.execute(OWNER, new Command.RequestSync(3), Actor.person(LEADER), START).orThrow();
    service.execute(OWNER, Command.RecordSyncOutcome.succeeded(4, 1), Actor.SYSTEM, START)
        .orThrow();
  }

  private Decision.Accepted issue() {
    return accepted(workflow.issue(OWNER, WARD, START));
  }

  private ProfileState stored(Decision.Accepted issued) {
    store.compareAndSet(WorkflowStore.ABSENT, issued.state(), issued.events());
    return issued.state();
  }

  private static Command.Save save(String fullName, long revision) {
    Identity identity = new Identity(null, "Ủy ban nhân dân phường Đại Mỗ", null, null,
        fullName, null, null, null, null, "1985-04-03", null, null, null, null, null,
        OWNER.digits(), null, null, null, null);
    Profile profile = new Profile(Profile.SCHEMA_VERSION, identity, null, null, null, null,
        null, null, null, null, null, null);
    return new Command.Save(revision, new ValidationReport(profile, Stage.DRAFT, List.of()));
  }

  private static Decision.Accepted accepted(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return (Decision.Accepted) decision;
  }
}
