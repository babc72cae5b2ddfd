package vn.ccvc.examples.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.sync.SyncTransports;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportResult;
import vn.ccvc.sync.spi.TransportSettings;

/** The example vendor provider, found through ServiceLoader like any vendor's. */
class NdjsonOutboxTest {

  @TempDir
  Path folder;

  private static OutgoingRecord record(String key) {
    return new OutgoingRecord(key, "038185001234", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void serviceLoader_findsVendorProvider() {
    assertThat(SyncTransports.providers()).extracting(SyncTransportProvider::name)
        .contains("http", "file", "ndjson-outbox");
  }

  @Test
  void resentKey_isReplayAndWrittenOnce() throws IOException {
    Path file = folder.resolve("outbox.ndjson");
    URI endpoint = URI.create("ndjson:" + file);
    try (SyncTransport transport =
        SyncTransports.open(TransportSettings.builder(endpoint).build())) {
      transport.send(List.of(record("k1")));
    }
    List<TransportResult> results;
    try (SyncTransport transport =
        SyncTransports.open(TransportSettings.builder(endpoint).build())) {
      results = transport.send(List.of(record("k1"), record("k2")));
    }

    assertThat(results).extracting(TransportResult::status).containsExactly(
        TransportResult.Status.REPLAY, TransportResult.Status.ACCEPTED);
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
        "{\"idempotencyKey\":\"k1\",\"record\":{\"a\":1}}",
        "{\"idempotencyKey\":\"k2\",\"record\":{\"a\":1}}");
  }
}
