package vn.ccvc.examples.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncProblem;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportResult;
import vn.ccvc.sync.spi.TransportSettings;

/**
 * Sends records the way the vendor's outbound gateway expects: one record per
 * {@code POST {endpoint}/records}, uncompressed so the gateway can inspect and log the body,
 * each request tagged with a fresh {@code X-Request-Id} for the gateway's audit trail and with
 * the ministry's {@code Idempotency-Key}. The status codes are read as
 * {@code docs/sync-format.md} describes for the ministry's protocol.
 *
 * <p>Thread-safe: {@link HttpClient} is, and the transport keeps no other mutable state.
 */
final class GatewayTransport implements SyncTransport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER_AGENT = "vendor-hr-gateway/1.0 (ccvc SDK example)";

  private final HttpClient client;
  private final URI recordsUri;
  private final Duration requestTimeout;
  private final @Nullable BearerTokenSupplier tokens;

  GatewayTransport(TransportSettings settings, URI endpoint) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    SSLContext tls = settings.sslContext();
    if (tls != null) {
      builder.sslContext(tls);
    }
    this.client = builder.build();
    String base = endpoint.toString();
    this.recordsUri = URI.create(base.endsWith("/") ? base + "records" : base + "/records");
    this.requestTimeout = settings.requestTimeout();
    this.tokens = settings.tokenSupplier();
  }

  /**
   * Sends the records one by one, in order.
   *
   * @throws TransportException retryable if a connection fails or times out, because the
   *     client then resends the whole batch with the same keys and the ministry answers those
   *     already stored as replays; not retryable if the ministry rejects the token, or
   *     answers 403 or another status that the protocol does not retry
   */
  @Override
  public List<TransportResult> send(List<OutgoingRecord> records) {
    List<TransportResult> results = new ArrayList<>(records.size());
    for (OutgoingRecord record : records) {
      results.add(sendOne(record));
    }
    return results;
  }

  private TransportResult sendOne(OutgoingRecord record) {
    String token = tokens == null ? null : tokens.token();
    HttpResponse<String> response = post(record, token);
    if (response.statusCode() == 401 && tokens != null && token != null) {
      response = post(record, tokens.refresh(token));
    }
    return toResult(record.idempotencyKey(), response);
  }

  private HttpResponse<String> post(OutgoingRecord record, @Nullable String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(recordsUri)
        .timeout(requestTimeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", USER_AGENT)
        .header("X-Request-Id", UUID.randomUUID().toString())
        .header("Idempotency-Key", record.idempotencyKey())
        .POST(HttpRequest.BodyPublishers.ofByteArray(record.payload()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TransportException("gateway.connection", "The request to " + recordsUri
          + " failed (" + e.getClass().getSimpleName() + "); the client retries it.", true,
          null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("gateway.interrupted", "Sending to " + recordsUri
          + " was interrupted.", false, null, e);
    }
  }

  private TransportResult toResult(String key, HttpResponse<String> response) {
    int status = response.statusCode();
    return switch (status) {
      case 201 -> TransportResult.of(key, TransportResult.Status.ACCEPTED);
      case 200 -> TransportResult.of(key, isReplay(response.body())
          ? TransportResult.Status.REPLAY : TransportResult.Status.ACCEPTED);
      case 400, 422 -> new TransportResult(key, TransportResult.Status.REJECTED, null,
          problems(response.body()));
      case 409, 429, 500, 502, 503, 504 -> new TransportResult(key,
          TransportResult.Status.RETRY, retryAfter(response), List.of());
      case 401 -> throw new TransportException("gateway.unauthorized", "The ministry at "
          + recordsUri + " did not accept the token (401); renew the token.", false, null, null);
      default -> throw new TransportException("gateway.status", "The ministry at " + recordsUri
          + " answered " + status + ", which the protocol does not retry.", false, null, null);
    };
  }

  /** Tells whether a 200 body marks the record as one stored earlier. */
  private static boolean isReplay(String body) {
    return parse(body).path("replay").asBoolean(false);
  }

  private static List<SyncProblem> problems(String body) {
    List<SyncProblem> problems = new ArrayList<>();
    for (JsonNode error : parse(body).path("errors")) {
      problems.add(new SyncProblem(error.path("code").asText("ministry.rejected"),
          error.path("field").asText(""), error.path("message").asText("")));
    }
    if (problems.isEmpty()) {
      problems.add(new SyncProblem("ministry.rejected", "", "The ministry rejected the record "
          + "without giving a reason."));
    }
    return problems;
  }

  private static @Nullable Duration retryAfter(HttpResponse<String> response) {
    return response.headers().firstValue("Retry-After")
        .filter(value -> value.matches("[0-9]{1,6}"))
        .map(value -> Duration.ofSeconds(Long.parseLong(value)))
        .orElse(null);
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }

  @Override
  public String toString() {
    return "GatewayTransport[" + recordsUri + "]";
  }
}
