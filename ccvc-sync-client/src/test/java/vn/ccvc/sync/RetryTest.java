package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ccvc.sync.ScriptedServer.Reply;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/** Retry decisions of the client against scripted HTTP answers, on a fake clock. */
class RetryTest {

  @TempDir
  Path folder;

  /** A clock that only moves when the client sleeps. */
  static final class FakeTime extends Clock implements Sleeper {
    final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
      now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private SyncSummary run(ScriptedServer server, FakeTime time, TransportSettings settings) {
    try (SyncTransport transport = SyncTransports.open(settings);
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      SyncClient client = SyncClient.builder(transport, journal).retry(SyncFixtures.FAST)
          .clock(time).sleeper(time).build();
      return client.sync(SyncFixtures.items(1));
    }
  }

  @Test
  void retryAfter_waitsAtLeastTheServersDelay() throws Exception {
    FakeTime time = new FakeTime();
    try (ScriptedServer server = new ScriptedServer(new Reply(429, "7", "{}"),
        new Reply(503, "3", "{}"), Reply.of(201))) {
      SyncSummary summary = run(server, time, TransportSettings.builder(server.uri()).build());

      assertThat(summary.count(Outcome.ACCEPTED)).isEqualTo(1);
      assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(3));
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @Test
  void retryAfter_pastDeadline_failsAndKeepsRecord() throws Exception {
    FakeTime time = new FakeTime();
    try (ScriptedServer server = new ScriptedServer(new Reply(429, "3600", "{}"))) {
      SyncSummary summary = run(server, time, TransportSettings.builder(server.uri()).build());

      assertThat(summary.count(Outcome.FAILED)).isEqualTo(1);
      assertThat(server.requests()).isEqualTo(1);
      try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
        assertThat(journal.pending()).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 422})
  void clientErrors_areNotRetried(int status) throws Exception {
    FakeTime time = new FakeTime();
    try (ScriptedServer server = new ScriptedServer(Reply.of(status))) {
      SyncSummary summary = run(server, time, TransportSettings.builder(server.uri()).build());

      assertThat(server.requests()).isEqualTo(1);
      assertThat(time.sleeps).isEmpty();
      assertThat(summary.allSucceeded()).isFalse();
    }
  }

  @Test
  void unprocessable_isRejectedWithMinistryCodes() throws Exception {
    FakeTime time = new FakeTime();
    String errors = "{\"errors\":[{\"code\":\"rank.unknown\",\"field\":\"Luong\","
        + "\"message\":\"unknown rank\"}]}";
    try (ScriptedServer server = new ScriptedServer(new Reply(422, "", errors))) {
      SyncSummary summary = run(server, time, TransportSettings.builder(server.uri()).build());

      RecordOutcome outcome = summary.outcomes().get(0);
      assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(outcome.problems()).extracting(p -> p.code()).containsExactly("rank.unknown");
    }
  }

  @Test
  void unauthorized_refreshesTokenOnce() throws Exception {
    FakeTime time = new FakeTime();
    BearerTokenSupplier tokens = new BearerTokenSupplier() {
      @Override
      public String token() {
        return "old-token";
      }

      @Override
      public String refresh(String rejected) {
        return "new-token";
      }
    };
    try (ScriptedServer server = new ScriptedServer(Reply.of(401), Reply.of(201))) {
      SyncSummary summary = run(server, time,
          TransportSettings.builder(server.uri()).bearerToken(tokens).build());

      assertThat(summary.count(Outcome.ACCEPTED)).isEqualTo(1);
      assertThat(server.authorizations)
          .containsExactly("Bearer old-token", "Bearer new-token");
    }
  }

  @Test
  void retries_sendTheSameKey() throws Exception {
    FakeTime time = new FakeTime();
    try (ScriptedServer server = new ScriptedServer(Reply.of(500), Reply.of(502),
        Reply.of(201))) {
      run(server, time, TransportSettings.builder(server.uri()).build());

      assertThat(server.keys).hasSize(3);
      assertThat(server.keys).containsOnly(server.keys.get(0));
      assertThat(server.keys.get(0)).isEqualTo(
          SyncItem.idempotencyKey(SyncFixtures.citizenId(0), "1"));
    }
  }
}
