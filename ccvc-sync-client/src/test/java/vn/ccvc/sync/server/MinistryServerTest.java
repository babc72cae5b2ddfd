package vn.ccvc.sync.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ccvc.sync.server.junit.MinistryServerExtension;

/** Idempotency semantics and statistics of the reference server, used through its extension. */
class MinistryServerTest {

  @RegisterExtension
  static final MinistryServerExtension MINISTRY = new MinistryServerExtension();

  private static final String RECORD = "{\"MaDonViGui\":\"H26\",\"ThongTinChung\":{"
      + "\"SoDinhDanhCaNhan\":\"038185009999\",\"HoVaTen\":\"Lê Thị B\","
      + "\"GioiTinh\":\"2\",\"NgaySinh\":\"01/02/1990\"}}";

  private static HttpResponse<String> post(MinistryServer server, String key, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + "/records"))
        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void sameKeyAndPayload_isReplay(MinistryServer server) throws Exception {
    HttpResponse<String> first = post(server, "a1", RECORD);
    HttpResponse<String> second = post(server, "a1", RECORD);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("\"replay\":true");
  }

  @Test
  void sameKeyOtherPayload_is422(MinistryServer server) throws Exception {
    post(server, "b1", RECORD);
    HttpResponse<String> other = post(server, "b1", RECORD.replace("Lê Thị B", "Lê Thị C"));

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("idempotencyKey.reused");
  }

  @Test
  void invalidRecord_is422(MinistryServer server) throws Exception {
    HttpResponse<String> response = post(server, "c1", "{\"MaDonViGui\":\"H26\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("ThongTinChung.HoVaTen");
  }

  @Test
  void stats_countRequestsAndDuplicates() throws Exception {
    try (MinistryServer server = MinistryServer.builder().start()) {
      post(server, "d1", RECORD);
      post(server, "d1", RECORD);
      HttpResponse<String> stats = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.uri() + "/stats")).build(),
          HttpResponse.BodyHandlers.ofString());

      // Two record posts and the /stats request itself.
      assertThat(stats.body())
          .isEqualTo("{\"storedRecords\":1,\"requests\":3,\"duplicates\":1}");
    }
  }

  @Test
  void storedRecord_isReadableByCitizenId(MinistryServer server) throws Exception {
    post(server, "e1", RECORD);
    HttpResponse<String> stored = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.uri() + "/records/038185009999")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.body()).contains("Lê Thị B");
  }
}
