package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.CcvcException;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportResult;
import vn.ccvc.sync.spi.TransportSettings;

/** Provider discovery, the endpoint rules and the file export. */
class TransportsTest {

  @TempDir
  Path folder;

  @Test
  void serviceLoader_findsBuiltInProviders() {
    assertThat(SyncTransports.providers()).extracting(SyncTransportProvider::name)
        .contains("http", "file");
  }

  @Test
  void plainHttp_toRemoteHost_isRefused() {
    TransportSettings settings =
        TransportSettings.builder(URI.create("http://ministry.example/ccvc")).build();

    assertThatThrownBy(() -> SyncTransports.open(settings))
        .isInstanceOf(CcvcException.class)
        .hasMessage("Endpoint http://ministry.example/ccvc uses plain http to a host that is "
            + "not loopback; use an https:// URL")
        .extracting(e -> ((CcvcException) e).code()).isEqualTo("sync.insecureEndpoint");
  }

  @Test
  void plainHttp_toLoopback_isAccepted() {
    for (String uri : List.of("http://127.0.0.1:1", "http://127.8.9.10:1", "http://[::1]:1",
        "http://localhost:1")) {
      try (SyncTransport transport =
          SyncTransports.open(TransportSettings.builder(URI.create(uri)).build())) {
        assertThat(transport).as(uri).isNotNull();
      }
    }
  }

  @Test
  void unknownScheme_hasNoProvider() {
    TransportSettings settings = TransportSettings.builder(URI.create("ftp://host/x")).build();

    assertThatThrownBy(() -> SyncTransports.open(settings))
        .extracting(e -> ((CcvcException) e).code()).isEqualTo("sync.noProvider");
  }

  @Test
  void fileExport_writesZipWithManifest() throws IOException {
    byte[] payload = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    try (SyncTransport transport =
        SyncTransports.open(TransportSettings.builder(folder.toUri()).build())) {
      List<TransportResult> results =
          transport.send(List.of(new OutgoingRecord("k1", "038185001234", payload)));

      assertThat(results).extracting(TransportResult::status)
          .containsExactly(TransportResult.Status.ACCEPTED);
    }
    Path zip;
    try (Stream<Path> files = Files.list(folder)) {
      zip = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      assertThat(file.getInputStream(file.getEntry("records/k1.json")).readAllBytes())
          .isEqualTo(payload);
      String manifest = new String(
          file.getInputStream(file.getEntry("manifest.json")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(manifest).contains("\"idempotencyKey\" : \"k1\"");
    }
  }
}
