package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.PROVINCE_APPROVER;
import static vn.ccvc.workflow.Fixtures.SECOND_APPROVER;
import static vn.ccvc.workflow.Fixtures.WARD;
import static vn.ccvc.workflow.Fixtures.at;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.profile;
import static vn.ccvc.workflow.Fixtures.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;

/**
 * Many threads issuing commands on one profile through one store: compare-and-set loses no
 * update and lets no two approvals of one submission both succeed.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 200;

  private final InMemoryWorkflowStore store = new InMemoryWorkflowStore();
  private final WorkflowService service = new WorkflowService(Fixtures.workflow(), store);

  @Test
  void racingApprovers_oneWinsEachRound() throws Exception {
    service.issue(OWNER, WARD, at(0)).orThrow();
    Profile profile = profile("Bùi Thị Thủy");
    List<Actor> approvers = List.of(Actor.person(APPROVER), Actor.person(SECOND_APPROVER),
        Actor.person(PROVINCE_APPROVER));
    ExecutorService pool = Executors.newFixedThreadPool(approvers.size());
    try {
      for (int round = 0; round < ROUNDS; round++) {
        long revision = store.load(OWNER).orElseThrow().revision();
        service.execute(OWNER, new Command.Save(revision, draft(profile)), Actor.person(OWNER),
            at(round)).orThrow();
        service.execute(OWNER, new Command.Submit(revision + 1, submission(profile)),
            Actor.person(OWNER), at(round)).orThrow();
        long submitted = revision + 2;

        List<Decision> decisions = raceApprovals(pool, approvers, submitted, round);

        assertThat(decisions.stream().filter(Decision::isAccepted)).hasSize(1);
        assertThat(decisions.stream().filter(d -> !d.isAccepted()))
            .allSatisfy(d -> assertThat(((Decision.Rejected) d).code())
                .isEqualTo(RejectionCode.STALE_REVISION));
      }
    } finally {
      pool.shutdownNow();
    }
    ProfileState state = store.load(OWNER).orElseThrow();
    assertThat(state.confirmedVersion()).isEqualTo(ROUNDS);
    assertThat(ProfileState.replay(store.events(OWNER))).isEqualTo(state);
  }

  private List<Decision> raceApprovals(ExecutorService pool, List<Actor> approvers,
      long revision, int round) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Decision>> futures = new ArrayList<>();
    for (Actor approver : approvers) {
      Callable<Decision> task = () -> {
        start.await();
        return service.execute(OWNER, new Command.Approve(revision, Fixtures.assessment()),
            approver, at(round));
      };
      futures.add(pool.submit(task));
    }
    start.countDown();
    List<Decision> decisions = new ArrayList<>();
    for (Future<Decision> future : futures) {
      decisions.add(future.get(10, TimeUnit.SECONDS));
    }
    return decisions;
  }

  @Test
  void manySavers_noLostUpdate() throws Exception {
    service.issue(OWNER, WARD, at(0)).orThrow();
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < ROUNDS; i++) {
          // Each thread retries with a fresh revision, as a host does after revision.stale.
          long revision = store.load(OWNER).orElseThrow().revision();
          Decision decision = service.execute(OWNER,
              new Command.Save(revision, draft(profile("T" + thread + "-" + i))),
              Actor.person(OWNER), at(i));
          if (decision.isAccepted()) {
            accepted.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    ProfileState state = store.load(OWNER).orElseThrow();
    List<WorkflowEvent> events = store.events(OWNER);
    assertThat(accepted.get()).isPositive();
    assertThat(state.revision()).isEqualTo(accepted.get());
    assertThat(events).hasSize(accepted.get() + 1);
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).revision()).isEqualTo(i);
    }
    assertThat(ProfileState.replay(events)).isEqualTo(state);
  }
}
