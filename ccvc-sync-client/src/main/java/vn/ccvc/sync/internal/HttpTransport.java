package vn.ccvc.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncProblem;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportResult;
import vn.ccvc.sync.spi.TransportSettings;

/**
 * The HTTP/JSON transport. A single record goes to {@code POST {endpoint}/records} with an
 * {@code Idempotency-Key} header; a batch goes to {@code POST {endpoint}/records/batch} with one
 * key per record and gets one result per record. The request protocol is described in
 * {@code docs/sync-format.md}.
 */
final class HttpTransport implements SyncTransport {

  /** Statuses after which the same request may succeed later. */
  private static final Set<Integer> RETRYABLE = Set.of(409, 429, 500, 502, 503, 504);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TransportSettings settings;
  private final HttpClient client;
  private final URI single;
  private final URI batch;

  HttpTransport(TransportSettings settings) {
    URI endpoint = settings.endpoint();
    String scheme = String.valueOf(endpoint.getScheme());
    boolean plain = scheme.equalsIgnoreCase("http");
    if (plain && !Loopback.isLoopback(endpoint)) {
      throw new CcvcException("sync.insecureEndpoint", "Endpoint " + endpoint + " uses plain "
          + "http to a host that is not loopback; use an https:// URL");
    }
    if (!plain && !scheme.equalsIgnoreCase("https")) {
      throw new CcvcException("sync.endpoint", "Endpoint " + endpoint
          + " is not an http or https URL; use https://host/path");
    }
    this.settings = settings;
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (plain) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    if (settings.sslContext() != null) {
      builder.sslContext(settings.sslContext());
    }
    this.client = builder.build();
    String base = endpoint.toString().replaceAll("/+$", "");
    this.single = URI.create(base + "/records");
    this.batch = URI.create(base + "/records/batch");
  }

  @Override
  public List<TransportResult> send(List<OutgoingRecord> records) {
    if (records.size() == 1) {
      OutgoingRecord record = records.get(0);
      HttpResponse<byte[]> response = exchange(single, record.payload(),
          record.idempotencyKey());
      return List.of(singleResult(record.idempotencyKey(), response));
    }
    HttpResponse<byte[]> response = exchange(batch, batchBody(records), null);
    failOnStatus(response);
    return batchResults(response);
  }

  private HttpResponse<byte[]> exchange(URI uri, byte[] body, @Nullable String key) {
    BearerTokenSupplier tokens = settings.tokenSupplier();
    String token = tokens == null ? null : tokens.token();
    HttpResponse<byte[]> response = exchangeOnce(uri, body, key, token);
    if (response.statusCode() == 401 && tokens != null && token != null) {
      response = exchangeOnce(uri, body, key, tokens.refresh(token));
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new TransportException("sync.unauthorized", "The ministry endpoint " + uri
          + " answered " + response.statusCode() + "; check the token, API key or certificate",
          false, null, null);
    }
    return response;
  }

  private HttpResponse<byte[]> exchangeOnce(URI uri, byte[] body, @Nullable String key,
      @Nullable String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(settings.requestTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "application/json");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (settings.apiKey() != null) {
      request.header("X-Api-Key", settings.apiKey());
    }
    byte[] sent = body;
    if (settings.gzip()) {
      request.header("Content-Encoding", "gzip");
      sent = gzip(body);
    }
    request.POST(HttpRequest.BodyPublishers.ofByteArray(sent));
    return await(uri, client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
  }

  /** Waits for headers and body together: on Java 17 the request timeout covers headers only. */
  private HttpResponse<byte[]> await(URI uri, CompletableFuture<HttpResponse<byte[]>> future) {
    long millis = settings.requestTimeout().toMillis();
    try {
      return future.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new TransportException("sync.timeout", "No complete response from " + uri + " within "
          + millis + " ms", true, null, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new TransportException("sync.connection", "Request to " + uri + " failed: "
          + cause, cause instanceof IOException, null, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new TransportException("sync.interrupted", "Request to " + uri + " interrupted",
          false, null, e);
    }
  }

  private static TransportResult singleResult(String key, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status == 409) {
      return new TransportResult(key, TransportResult.Status.RETRY, retryAfter(response),
          List.of());
    }
    failOnStatus(response);
    if (status == 200 || status == 201) {
      JsonNode body = parse(response.body());
      boolean replay = body.path("replay").asBoolean(false);
      return TransportResult.of(key,
          replay ? TransportResult.Status.REPLAY : TransportResult.Status.ACCEPTED);
    }
    return new TransportResult(key, TransportResult.Status.REJECTED, null,
        problems(parse(response.body()), status));
  }

  /** Throws for statuses that concern the whole request rather than its records. */
  private static void failOnStatus(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (RETRYABLE.contains(status)) {
      throw new TransportException("sync.status", "The ministry endpoint returned HTTP status " + status,
          true, retryAfter(response), null);
    }
    if (status >= 300 && status != 400 && status != 422) {
      throw new TransportException("sync.status", "The ministry endpoint returned HTTP status " + status
          + "; the request will not be repeated", false, null, null);
    }
  }

  private static List<TransportResult> batchResults(HttpResponse<byte[]> response) {
    JsonNode body = parse(response.body());
    if (response.statusCode() != 200) {
      throw new TransportException("sync.status", "The ministry rejected the batch with "
          + response.statusCode() + ": " + problems(body, response.statusCode()), false, null,
          null);
    }
    List<TransportResult> results = new ArrayList<>();
    for (JsonNode item : body.path("results")) {
      String key = item.path("idempotencyKey").asText();
      int status = item.path("status").asInt();
      TransportResult.Status outcome;
      if (status == 200 || status == 201) {
        outcome = item.path("replay").asBoolean(false)
            ? TransportResult.Status.REPLAY : TransportResult.Status.ACCEPTED;
      } else if (RETRYABLE.contains(status)) {
        outcome = TransportResult.Status.RETRY;
      } else {
        outcome = TransportResult.Status.REJECTED;
      }
      List<SyncProblem> problems = outcome == TransportResult.Status.REJECTED
          ? problems(item, status) : List.of();
      results.add(new TransportResult(key, outcome, null, problems));
    }
    return results;
  }

  private static List<SyncProblem> problems(JsonNode body, int status) {
    List<SyncProblem> problems = new ArrayList<>();
    for (JsonNode error : body.path("errors")) {
      problems.add(new SyncProblem(error.path("code").asText("ministry." + status),
          error.path("field").asText(""), error.path("message").asText("")));
    }
    if (problems.isEmpty()) {
      problems.add(new SyncProblem("ministry." + status, "",
          "The ministry answered " + status + " without error details"));
    }
    return problems;
  }

  /** Parses {@code Retry-After} in seconds or as an HTTP date; null when absent or invalid. */
  static @Nullable Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.strip(),
            DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  private static byte[] batchBody(List<OutgoingRecord> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("{\"records\":[".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < records.size(); i++) {
      OutgoingRecord record = records.get(i);
      String head = (i == 0 ? "" : ",") + "{\"idempotencyKey\":\"" + record.idempotencyKey()
          + "\",\"record\":";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(record.payload());
      out.write('}');
    }
    out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new IllegalStateException("compressing into memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
