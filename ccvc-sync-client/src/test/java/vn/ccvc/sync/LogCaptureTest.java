package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.Profile;
import vn.ccvc.sync.server.Faults;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/** What the client logs: starts, retries, failures and the summary, without personal data. */
class LogCaptureTest {

  private static final String TOKEN = "tok-5f2b9c7e1d";

  @TempDir
  Path folder;

  @Test
  void logs_holdNoIdsTokensOrPayloads() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Faults faults = Faults.parse("error-rate=0.5,drop-rate=0.1,seed=11");
    List<SyncItem> items = new ArrayList<>(SyncFixtures.items(40));
    items.add(new SyncItem(Profile.empty(), "1"));
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (MinistryServer server = MinistryServer.builder().faults(faults).token(TOKEN).start();
        SyncTransport transport = SyncTransports.open(TransportSettings.builder(server.uri())
            .bearerToken(BearerTokenSupplier.of(TOKEN)).build());
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      SyncClient.builder(transport, journal).retry(SyncFixtures.FAST.withMaxAttempts(2))
          .batchSize(5).build().sync(items);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log).contains("Sync started", "Retrying", "Sync finished", "038*****");
    assertThat(log).doesNotContain(TOKEN);
    assertThat(log).doesNotContain("Nguyễn", "HoVaTen", "15/05/1985");
    assertThat(log).doesNotContainPattern("\\d{12}");
  }
}
