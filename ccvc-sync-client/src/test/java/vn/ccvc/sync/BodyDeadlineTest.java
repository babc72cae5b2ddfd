package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportSettings;

/** The HTTP transport's own deadline on the response body, which the headers do not cover. */
class BodyDeadlineTest {

  @Test
  void stalledBody_timesOutAndIsRetryable() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(201, 100);
      exchange.getResponseBody().write("{\"res".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.start();
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try (SyncTransport transport = SyncTransports.open(
        TransportSettings.builder(uri).requestTimeout(Duration.ofMillis(300)).build())) {
      long start = System.nanoTime();

      TransportException failure = catchThrowableOfType(TransportException.class,
          () -> transport.send(List.of(new OutgoingRecord("k", SyncFixtures.citizenId(1),
              "{}".getBytes(StandardCharsets.UTF_8)))));

      assertThat(failure.code()).isEqualTo("sync.timeout");
      assertThat(failure.retryable()).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    } finally {
      server.stop(0);
    }
  }
}
