package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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

  @Test
  void slowAnswers_pastTimeout_storedOnce() {
    Faults faults = Faults.parse("slow-rate=0.5,delay-ms=300,seed=9");
    try (MinistryServer server = MinistryServer.builder().faults(faults).start();
        SyncTransport transport = SyncTransports.open(TransportSettings.builder(server.uri())
            .requestTimeout(Duration.ofMillis(100)).build());
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      SyncClient client = SyncClient.builder(transport, journal).retry(SyncFixtures.FAST)
          .batchSize(1).concurrency(4).build();

      SyncSummary summary = client.sync(SyncFixtures.items(40));

      assertThat(summary.allSucceeded()).as(summary.toString()).isTrue();
      assertThat(server.storedRecords()).isEqualTo(40);
      assertThat(summary.outcomes()).anyMatch(o -> o.attempts() > 1);
    }
  }

  /**
   * A longer run, skipped unless the {@code soak} Maven profile sets
   * {@code ccvc.sync.soakProfiles}: {@code mvn -pl ccvc-sync-client -am verify -Psoak}.
   */
  @Test
  @EnabledIfSystemProperty(named = "ccvc.sync.soakProfiles", matches = "\\d+")
  void soak_manyProfilesWithFaults() {
    int count = Integer.parseInt(System.getProperty("ccvc.sync.soakProfiles"));
    Faults faults = Faults.parse("error-rate=0.3,throttle-rate=0.05,drop-rate=0.1,seed=13");
    try (MinistryServer server = MinistryServer.builder().faults(faults).retryAfterSeconds(0)
        .start();
        SyncTransport transport = open(server.uri());
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      SyncClient client = SyncClient.builder(transport, journal)
          .retry(SyncFixtures.FAST.withDeadline(Duration.ofHours(1))).batchSize(50).build();

      SyncSummary summary = client.sync(SyncFixtures.items(count));

      assertThat(summary.allSucceeded()).as(summary.toString()).isTrue();
      assertThat(server.storedRecords()).isEqualTo(count);
      assertThat(journal.pending()).isEmpty();
    }
  }

  private static SyncTransport open(URI endpoint) {
    return SyncTransports.open(TransportSettings.builder(endpoint).build());
  }
}
