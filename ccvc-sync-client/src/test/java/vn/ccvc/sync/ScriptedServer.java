package vn.ccvc.sync;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Loopback HTTP server that answers with a script of statuses and records what it received. */
final class ScriptedServer implements AutoCloseable {

  /** One scripted answer. */
  record Reply(int status, String retryAfter, String body) {
    static Reply of(int status) {
      return new Reply(status, "", status == 201 ? "{\"result\":\"accepted\"}" : "{}");
    }
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  final List<String> keys = new CopyOnWriteArrayList<>();

  ScriptedServer(Reply... replies) throws IOException {
    script.addAll(List.of(replies));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        authorizations.add(String.valueOf(
            exchange.getRequestHeaders().getFirst("Authorization")));
        keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
        Reply reply;
        synchronized (script) {
          reply = script.size() > 1 ? script.poll() : script.peek();
        }
        if (!reply.retryAfter().isEmpty()) {
          exchange.getResponseHeaders().set("Retry-After", reply.retryAfter());
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  int requests() {
    return keys.size();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
