package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.sync.server.Faults;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/** A thousand profiles against the reference server with injected failures. */
class FaultInjectionTest {

  @TempDir
  Path folder;

  @Test
  void thousandProfiles_eachStoredExactlyOnce() {
    Faults faults = Faults.parse("error-rate=0.25,drop-rate=0.05,seed=7");
    try (MinistryServer server = MinistryServer.builder().faults(faults).start();
        SyncTransport transport = open(server.uri());
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      List<SyncProgress> progress = new CopyOnWriteArrayList<>();
      SyncListener listener = new SyncListener() {
        @Override
        public void onRecord(RecordOutcome outcome, SyncProgress now) {
          progress.add(now);
        }
      };
      SyncClient client = SyncClient.builder(transport, journal).retry(SyncFixtures.FAST)
          .batchSize(20).concurrency(4).listener(listener).build();

      SyncSummary summary = client.sync(SyncFixtures.items(1000));

      assertThat(summary.outcomes()).hasSize(1000);
      assertThat(summary.allSucceeded()).as(summary.toString()).isTrue();
      assertThat(server.storedRecords()).isEqualTo(1000);
      assertThat(journal.pending()).isEmpty();
      Set<String> keys = new HashSet<>();
      summary.outcomes().forEach(o -> keys.add(o.idempotencyKey()));
      assertThat(keys).hasSize(1000);
      assertThat(progress).hasSize(1000);
      assertThat(progress).extracting(SyncProgress::done).contains(1000);
      assertThat(progress).allMatch(p -> p.total() == 1000 && p.failed() == 0);
      for (int i = 0; i < 1000; i += 97) {
        assertThat(server.record(SyncFixtures.citizenId(i))).isPresent();
      }
    }
  }

  @Test
  void secondRun_sendsNothingNew() {
    Faults faults = Faults.parse("error-rate=0.3,seed=3");
    try (MinistryServer server = MinistryServer.builder().faults(faults).start();
        SyncTransport transport = open(server.uri());
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      SyncClient client = SyncClient.builder(transport, journal).retry(SyncFixtures.FAST)
          .batchSize(10).build();
      client.sync(SyncFixtures.items(100));

      SyncSummary second = client.sync(SyncFixtures.items(100));

      assertThat(second.count(Outcome.ALREADY_PRESENT)).isEqualTo(100);
      assertThat(server.storedRecords()).isEqualTo(100);
      assertThat(journal.pending()).isEmpty();
    }
  }

  private static SyncTransport open(URI endpoint) {
    return SyncTransports.open(TransportSettings.builder(endpoint).build());
  }
}
