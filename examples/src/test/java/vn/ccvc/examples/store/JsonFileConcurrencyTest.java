package vn.ccvc.examples.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.examples.store.StoreFixtures.OWNER;
import static vn.ccvc.examples.store.StoreFixtures.WARD;
import static vn.ccvc.examples.store.StoreFixtures.at;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.Decision;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.WorkflowEvent;
import vn.ccvc.workflow.WorkflowService;

/**
 * Threads saving one profile through two store instances on one folder, as two processes
 * would: compare-and-set loses no update.
 */
class JsonFileConcurrencyTest {

  private static final int THREADS = 6;
  private static final int ROUNDS = 25;

  @TempDir
  Path folder;

  @Test
  void manySavers_noLostUpdate() throws Exception {
    List<WorkflowService> services = List.of(
        new WorkflowService(StoreFixtures.workflow(), JsonFileWorkflowStore.open(folder)),
        new WorkflowService(StoreFixtures.workflow(), JsonFileWorkflowStore.open(folder)));
    services.get(0).issue(OWNER, WARD, at(0)).orThrow();
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      WorkflowService service = services.get(t % services.size());
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < ROUNDS; i++) {
          long revision = service.store().load(OWNER).orElseThrow().revision();
          Decision decision = service.execute(OWNER, new Command.Save(revision,
              StoreFixtures.draft(StoreFixtures.profile("T" + thread + "-" + i))),
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
      future.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    JsonFileWorkflowStore reader = JsonFileWorkflowStore.open(folder);
    ProfileState state = reader.load(OWNER).orElseThrow();
    List<WorkflowEvent> events = reader.events(OWNER);
    assertThat(accepted.get()).isPositive();
    assertThat(state.revision()).isEqualTo(accepted.get());
    assertThat(events).hasSize(accepted.get() + 1);
    assertThat(ProfileState.replay(events)).isEqualTo(state);
  }
}
