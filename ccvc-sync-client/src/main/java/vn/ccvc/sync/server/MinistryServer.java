package vn.ccvc.sync.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.CitizenId;
import vn.ccvc.sync.Mapping4223;
import vn.ccvc.sync.spi.SyncProblem;

/**
 * The reference ministry endpoint on the JDK's {@code HttpServer}, bound to 127.0.0.1. It
 * validates each record with {@link Mapping4223#validate}, honours idempotency keys (same key and
 * payload: the first response, marked {@code "replay": true}; same key, other payload: 422; the
 * same key still in progress: 409), stores what it accepted and injects {@link Faults}.
 *
 * <p>Endpoints: {@code POST /records} (one record, key in the {@code Idempotency-Key} header),
 * {@code POST /records/batch}, {@code GET /records/{citizenId}} and {@code GET /stats}. Handlers
 * run on a bounded pool of threads named {@code ccvc-ministry-N}, shut down by {@link #close()}.
 *
 * <p>Thread-safe. Not for production: everything is held in memory.
 */
public final class MinistryServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MinistryServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  static {
    // The JDK server reads this once; without it, Nagle's algorithm and delayed ACKs hold each
    // small response for about 40 ms, which makes sequential requests measure the kernel, not ccvc.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final Faults faults;
  private final Random random;
  private final @Nullable String token;
  private final long retryAfterSeconds;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> byCitizenId = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();

  /** A stored response for an idempotency key; {@code status} 0 while in progress. */
  private record Answer(byte[] digest, int status, String body) {}

  private MinistryServer(Builder builder) throws IOException {
    this.faults = builder.faults;
    this.random = new Random(faults.seed());
    this.token = builder.token;
    this.retryAfterSeconds = builder.retryAfterSeconds;
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(builder.threads, builder.threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(10_000), runnable -> {
          Thread thread = new Thread(runnable, "ccvc-ministry-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 128);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
    LOG.info("Reference ministry server listening on {}", uri());
  }

  /** Returns a builder: port 0 (any free port), no faults, no authentication, 8 threads. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns the base URI, {@code http://127.0.0.1:PORT}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /** Returns the number of distinct records stored. */
  public long storedRecords() {
    return answers.values().stream().filter(a -> a.status() == 201).count();
  }

  /** Returns the number of requests received on any path, faults and this count's own included. */
  public long requests() {
    return requests.get();
  }

  /** Returns the number of records whose response came from an idempotency key already seen. */
  public long duplicates() {
    return duplicates.get();
  }

  /** Returns the JSON of the wire document last accepted for {@code citizenId}. */
  public Optional<String> record(String citizenId) {
    return Optional.ofNullable(byCitizenId.get(citizenId)).map(JsonNode::toString);
  }

  /** Stops the server and its threads, waiting up to one second for handlers still running. */
  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Reference ministry server on port {} stopped", port());
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.equals("/stats")) {
        send(exchange, 200, stats());
      } else if (!authorized(exchange)) {
        send(exchange, 401, error("auth.missing", "Send Authorization: Bearer TOKEN"));
      } else if (method.equals("GET") && path.startsWith("/records/")) {
        JsonNode stored = byCitizenId.get(path.substring("/records/".length()));
        send(exchange, stored == null ? 404 : 200, stored == null
            ? error("record.notFound", "No record for this citizen ID") : stored.toString());
      } else if (method.equals("POST") && (path.equals("/records")
          || path.equals("/records/batch"))) {
        handleWrite(exchange, path.equals("/records/batch"));
      } else {
        send(exchange, 404, error("path.notFound", "Unknown endpoint " + method + " " + path));
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Request failed: {}", e.toString());
    }
  }

  private void handleWrite(HttpExchange exchange, boolean batch) throws IOException {
    double draw;
    double dropDraw;
    double slowDraw;
    synchronized (random) {
      draw = random.nextDouble();
      dropDraw = random.nextDouble();
      slowDraw = random.nextDouble();
    }
    if (slowDraw < faults.slowRate()) {
      pause(faults.delayMillis());
    }

    // One draw picks at most one fault: errors first, then throttling, then a dropped connection.
    if (draw < faults.errorRate()) {
      send(exchange, dropDraw < 0.5 ? 500 : 503, error("server.fault", "Injected failure"));
      return;
    }
    draw -= faults.errorRate();
    if (draw >= 0 && draw < faults.throttleRate()) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
      send(exchange, 429, error("server.throttled", "Too many requests"));
      return;
    }
    draw -= faults.throttleRate();
    boolean drop = draw >= 0 && draw < faults.dropRate();
    if (drop && dropDraw < 0.5) {
      return;
    }

    // A dropped connection after storing loses the response, so the client's retry is a replay.
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    ObjectNode result = process(readBody(exchange), batch, key);
    if (!drop) {
      send(exchange, result.path("status").asInt(200), result.toString());
    }
  }

  /**
   * Returns the response body. Its {@code status} field is the HTTP status to send; a batch
   * response has none and is sent with 200.
   */
  private ObjectNode process(@Nullable JsonNode body, boolean batch, @Nullable String key) {
    if (body == null) {
      return result("", 400, false, error("request.invalid", "The body is not a JSON object"));
    }
    if (batch) {
      return batch(body);
    }
    if (key == null || key.isBlank()) {
      return result("", 400, false, error("idempotencyKey.missing",
          "Send the Idempotency-Key header"));
    }
    return store(key, body);
  }

  private ObjectNode batch(JsonNode body) {
    ObjectNode response = JSON.createObjectNode();
    ArrayNode results = response.putArray("results");
    for (JsonNode item : body.path("records")) {
      String key = item.path("idempotencyKey").asText("");
      results.add(key.isBlank()
          ? result("", 400, false, error("idempotencyKey.missing", "Each record needs a key"))
          : store(key, item.path("record")));
    }
    return response;
  }

  /** Applies the idempotency rules to one record and returns its result. */
  private ObjectNode store(String key, JsonNode record) {
    byte[] digest = digest(record);
    Answer mine = new Answer(digest, 0, "");
    Answer earlier = answers.putIfAbsent(key, mine);
    if (earlier != null) {
      if (!Arrays.equals(earlier.digest(), digest)) {
        return result(key, 422, false, error("idempotencyKey.reused",
            "This idempotency key was used for a different record"));
      }
      if (earlier.status() == 0) {
        return result(key, 409, false, error("idempotencyKey.inProgress",
            "A request with this key is still in progress; retry later"));
      }
      duplicates.incrementAndGet();
      return result(key, earlier.status() == 201 ? 200 : earlier.status(), true,
          earlier.body());
    }
    var problems = Mapping4223.validate(bytes(record));
    if (!problems.isEmpty()) {
      String errors = errors(problems);
      answers.put(key, new Answer(digest, 422, errors));
      return result(key, 422, false, errors);
    }
    byCitizenId.put(record.path("ThongTinChung").path("SoDinhDanhCaNhan").asText(),
        record.deepCopy());
    answers.put(key, new Answer(digest, 201, ""));
    return result(key, 201, false, "");
  }

  private static ObjectNode result(String key, int status, boolean replay, String errorBody) {
    ObjectNode node = JSON.createObjectNode().put("idempotencyKey", key).put("status", status)
        .put("result", status == 201 || status == 200 ? "accepted" : "rejected")
        .put("replay", replay);
    if (!errorBody.isEmpty()) {
      node.set("errors", parse(errorBody.getBytes(StandardCharsets.UTF_8)).path("errors"));
    }
    return node;
  }

  private boolean authorized(HttpExchange exchange) {
    if (token == null) {
      return true;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    return ("Bearer " + token).equals(header);
  }

  private String stats() {
    return JSON.createObjectNode().put("storedRecords", storedRecords())
        .put("requests", requests.get()).put("duplicates", duplicates.get()).toString();
  }

  private static @Nullable JsonNode readBody(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new GZIPInputStream(in);
    }
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES);
    JsonNode node = parse(bytes);
    return node.isObject() ? node : null;
  }

  private static JsonNode parse(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }

  private static byte[] digest(JsonNode record) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes(record));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a parsed tree into memory cannot fail", e);
    }
  }

  private static String error(String code, String message) {
    ObjectNode node = JSON.createObjectNode();
    node.putArray("errors").addObject().put("code", code).put("field", "")
        .put("message", message);
    return node.toString();
  }

  private static String errors(java.util.List<SyncProblem> problems) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode list = node.putArray("errors");
    problems.forEach(p -> list.addObject().put("code", p.code()).put("field", p.field())
        .put("message", p.message()));
    return node.toString();
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Builder of {@link MinistryServer}; not thread-safe. */
  public static final class Builder {
    private int port;
    private Faults faults = Faults.NONE;
    private @Nullable String token;
    private int threads = 8;
    private long retryAfterSeconds = 1;

    private Builder() {}

    /** Sets the port, 0 (any free port) by default. */
    public Builder port(int serverPort) {
      if (serverPort < 0 || serverPort > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, got " + serverPort);
      }
      this.port = serverPort;
      return this;
    }

    /** Sets the faults to inject. */
    public Builder faults(Faults injected) {
      this.faults = Objects.requireNonNull(injected, "injected");
      return this;
    }

    /** Requires {@code Authorization: Bearer TOKEN} on every endpoint but {@code /stats}. */
    public Builder token(String bearerToken) {
      this.token = Objects.requireNonNull(bearerToken, "bearerToken");
      return this;
    }

    /** Sets the number of handler threads, 8 by default. */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + count);
      }
      this.threads = count;
      return this;
    }

    /** Sets the {@code Retry-After} seconds of a throttled response, 1 by default. */
    public Builder retryAfterSeconds(long seconds) {
      this.retryAfterSeconds = seconds;
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public MinistryServer start() {
      try {
        return new MinistryServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not bind 127.0.0.1:" + port + ": " + e, e);
      }
    }
  }
}
