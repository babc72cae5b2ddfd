package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.sync.server.Faults;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/** Kills a syncing child JVM mid-run, then resumes from its journal. */
class CrashTest {

  private static final int COUNT = 300;

  @TempDir
  Path folder;

  @Test
  void killedSync_resumesExactlyOnce() throws Exception {
    Faults faults = Faults.parse("slow-rate=1,delay-ms=15,error-rate=0.2,seed=5");
    try (MinistryServer server = MinistryServer.builder().faults(faults).start()) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
          .toString(), "-cp", System.getProperty("java.class.path"),
          "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashChild.class.getName(),
          server.uri().toString(), folder.toString(), Integer.toString(COUNT))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (server.storedRecords() < COUNT / 5 && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(server.storedRecords()).isBetween(1L, COUNT - 1L);

      try (SyncTransport transport =
          SyncTransports.open(TransportSettings.builder(server.uri()).build());
          FileSyncJournal journal = FileSyncJournal.open(folder)) {
        SyncSummary summary = SyncClient.builder(transport, journal).retry(SyncFixtures.FAST)
            .batchSize(25).build().resume();

        assertThat(summary.allSucceeded()).as(summary.toString()).isTrue();
        assertThat(journal.pending()).isEmpty();
      }
      assertThat(server.storedRecords()).isEqualTo(COUNT);
    }
  }
}
