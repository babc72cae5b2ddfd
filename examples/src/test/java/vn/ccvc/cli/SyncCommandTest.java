package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.sync.server.MinistryServer;

/** {@code ccvc sync} and the command line of {@code ccvc ministry-server}. */
class SyncCommandTest {

  private static final String SAMPLES = "sample-unit";

  @TempDir
  Path folder;

  @Test
  void sync_sampleUnit_acceptsAllThenReplays() {
    try (MinistryServer server = MinistryServer.builder().start()) {
      String journal = folder.resolve("journal").toString();
      CliRun first = CliRun.run("sync", "--endpoint", server.uri().toString(), "--journal",
          journal, "--batch-size", "7", SAMPLES);
      CliRun second = CliRun.run("sync", "--endpoint", server.uri().toString(), "--journal",
          journal, SAMPLES);

      assertThat(first.status()).as(first.err() + first.out()).isZero();
      assertThat(first.out()).startsWith("40 records: 40 accepted, 0 already present");
      assertThat(second.status()).isZero();
      assertThat(second.out()).startsWith("40 records: 0 accepted, 40 already present");
      assertThat(server.storedRecords()).isEqualTo(40);
    }
  }

  @Test
  void sync_withFaults_endsWithEveryRecordStored() {
    try (MinistryServer server = MinistryServer.builder()
        .faults(vn.ccvc.sync.server.Faults.parse("error-rate=0.3,seed=2")).start()) {
      CliRun run = CliRun.run("sync", "--endpoint", server.uri().toString(), "--journal",
          folder.toString(), SAMPLES);

      assertThat(run.status()).as(run.err() + run.out()).isZero();
      assertThat(server.storedRecords()).isEqualTo(40);
    }
  }

  @Test
  void sync_profileMissingName_exitsOne() {
    try (MinistryServer server = MinistryServer.builder().start()) {
      CliRun run = CliRun.run("sync", "--endpoint", server.uri().toString(), "--journal",
          folder.toString(), "invalid-samples/10-missing-name-and-birth-date.json");

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains("INVALID: wire.missing ThongTinChung.HoVaTen");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void sync_plainHttpToRemoteHost_isUsageError() {
    CliRun run = CliRun.run("sync", "--endpoint", "http://ministry.example/ccvc", "--journal",
        folder.toString(), SAMPLES);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("uses plain http to a host that is not loopback");
  }

  @Test
  void sync_missingInput_isUsageError() {
    CliRun run = CliRun.run("sync", "--endpoint", "http://127.0.0.1:9", "--journal",
        folder.toString(), folder.resolve("none.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("none.json");
  }

  @Test
  void ministryServer_unknownFaultKey_isUsageError() {
    CliRun run = CliRun.run("ministry-server", "--faults", "error=0.3");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown fault key 'error'");
  }

  @Test
  void ministryServer_rateAboveOne_isUsageError() {
    CliRun run = CliRun.run("ministry-server", "--faults", "drop-rate=2");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("drop-rate must be from 0 to 1, got 2.0");
  }
}
