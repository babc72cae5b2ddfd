package vn.ccvc.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.sync.Mapping4223;
import vn.ccvc.sync.SyncItem;
import vn.ccvc.sync.SyncTransports;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportResult;
import vn.ccvc.sync.spi.TransportSettings;

/** The gateway transport against the reference ministry server on 127.0.0.1. */
class GatewayTransportTest {

  private static final String TOKEN = "test-token-4f1c";

  private static MinistryServer ministry;
  private static OutgoingRecord record;

  @BeforeAll
  static void start() throws IOException {
    ministry = MinistryServer.builder().token(TOKEN).start();
    Profile profile;
    try (InputStream in = GatewayTransportTest.class.getResourceAsStream(
        "/sample-unit/01-bui-thi-thuy.json")) {
      profile = ProfileCodec.create().read(in);
    }
    String id = profile.identity().citizenId();
    record = new OutgoingRecord(SyncItem.idempotencyKey(id, "1"), id,
        Mapping4223.forSender("HN-DM").map(profile).payload());
  }

  @AfterAll
  static void stop() {
    ministry.close();
  }

  @Test
  void serviceLoader_findsGatewayProvider() {
    assertThat(SyncTransports.providers()).extracting(SyncTransportProvider::name)
        .contains("vendor-gateway");
  }

  @Test
  void sameRecordTwice_isAcceptedThenReplay() {
    try (SyncTransport transport = open(TOKEN)) {
      List<TransportResult> first = transport.send(List.of(record));
      List<TransportResult> second = transport.send(List.of(record));

      assertThat(first).extracting(TransportResult::status)
          .containsExactly(TransportResult.Status.ACCEPTED);
      assertThat(second).extracting(TransportResult::status)
          .containsExactly(TransportResult.Status.REPLAY);
    }
  }

  @Test
  void incompleteRecord_isRejectedWithTheMinistrysProblems() {
    OutgoingRecord empty = new OutgoingRecord("key-of-an-empty-record", "038185011234",
        "{\"MaDonViGui\":\"HN-DM\"}".getBytes(StandardCharsets.UTF_8));
    try (SyncTransport transport = open(TOKEN)) {
      TransportResult result = transport.send(List.of(empty)).get(0);

      assertThat(result.status()).isEqualTo(TransportResult.Status.REJECTED);
      assertThat(result.problems()).extracting(problem -> problem.code())
          .contains(Mapping4223.MISSING);
      assertThat(result.problems()).extracting(problem -> problem.code())
          .containsOnly(Mapping4223.MISSING, Mapping4223.UNMAPPABLE);
    }
  }

  @Test
  void wrongToken_failsTheRequestWithoutRetry() {
    try (SyncTransport transport = open("not-the-token")) {
      assertThatThrownBy(() -> transport.send(List.of(record)))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.code()).isEqualTo("gateway.unauthorized");
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).isEqualTo("The ministry at " + ministry.uri()
                + "/records did not accept the token (401); renew the token.");
          });
    }
  }

  @Test
  void plainHttpToRemoteHost_isRefusedBeforeAnyRequest() {
    TransportSettings settings =
        TransportSettings.builder(URI.create("gateway+http://ministry.example/ccvc")).build();

    assertThatThrownBy(() -> new GatewayTransportProvider().create(settings))
        .isInstanceOfSatisfying(CcvcException.class, e -> assertThat(e.code())
            .isEqualTo(GatewayTransportProvider.INSECURE_CODE));
  }

  @Test
  void lookalikeLoopbackName_isRefused() {
    TransportSettings settings =
        TransportSettings.builder(URI.create("gateway+http://127.0.0.1.example/ccvc")).build();

    assertThatThrownBy(() -> new GatewayTransportProvider().create(settings))
        .isInstanceOf(CcvcException.class);
  }

  @Test
  void supports_onlyGatewaySchemes() {
    GatewayTransportProvider provider = new GatewayTransportProvider();

    assertThat(provider.supports(settings("gateway+https://ministry.example/ccvc"))).isTrue();
    assertThat(provider.supports(settings("gateway+http://127.0.0.1:8080"))).isTrue();
    assertThat(provider.supports(settings("https://ministry.example/ccvc"))).isFalse();
    assertThat(provider.supports(settings("file:/tmp/out"))).isFalse();
  }

  private static SyncTransport open(String token) {
    return SyncTransports.open(TransportSettings.builder(
        URI.create("gateway+" + ministry.uri())).bearerToken(BearerTokenSupplier.of(token))
        .build());
  }

  private static TransportSettings settings(String endpoint) {
    return TransportSettings.builder(URI.create(endpoint)).build();
  }
}
