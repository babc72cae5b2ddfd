package vn.ccvc.sync;

import dev.failsafe.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.CitizenId;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncProblem;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportResult;

/**
 * Syncs profiles to the ministry: maps each one, queues it in the journal, sends the journal's
 * pending records in batches with retries, and removes each record from the journal once the
 * ministry stored or rejected it. Records that failed after every retry stay queued, so the
 * next {@link #sync} or {@link #resume} sends them again with the same idempotency key.
 *
 * <p>Retries use exponential backoff with full jitter; the wait is the larger of the backoff
 * and the server's {@code Retry-After}. A Failsafe circuit breaker delays requests while
 * the endpoint keeps failing; an open circuit delays records and fails none before the deadline.
 * The retry loop itself is written here, not with Failsafe's retry policy, so waits go through
 * the {@link Sleeper} and {@link Clock} that tests replace.
 *
 * <p>Thread-safe for one run at a time; runs on the same journal must not overlap.
 */
public final class SyncClient {

  private static final Logger LOG = LoggerFactory.getLogger(SyncClient.class);

  private final SyncTransport transport;
  private final SyncJournal journal;
  private final WireMapping mapping;
  private final RetrySettings retry;
  private final int batchSize;
  private final int concurrency;
  private final SyncListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Random random;
  private final CircuitBreaker<Object> breaker;

  private SyncClient(Builder builder) {
    this.transport = builder.transport;
    this.journal = builder.journal;
    this.mapping = builder.mapping;
    this.retry = builder.retry;
    this.batchSize = builder.batchSize;
    this.concurrency = builder.concurrency;
    this.listener = builder.listener;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    this.random = builder.random;
    this.breaker = CircuitBreaker.builder()
        .withFailureThreshold(retry.breakerFailures())
        .withDelay(retry.breakerDelay())
        .build();
  }

  /** Returns a builder that sends through {@code transport} and queues in {@code journal}. */
  public static Builder builder(SyncTransport transport, SyncJournal journal) {
    return new Builder(transport, journal);
  }

  /**
   * Maps and queues {@code items}, then sends every pending record, those left from earlier
   * runs included.
   *
   * @return one outcome per item that could not be mapped and per record sent
   * @throws SyncException if the journal cannot be written
   */
  public SyncSummary sync(List<SyncItem> items) {
    Instant start = clock.instant();
    List<RecordOutcome> invalid = new ArrayList<>();
    List<OutgoingRecord> queued = new ArrayList<>();
    for (SyncItem item : items) {
      WireMapping.Result result = mapping.map(item.profile());
      String id = Objects.requireNonNullElse(item.profile().identity().citizenId(), "");
      if (result.ok()) {
        String key = SyncItem.idempotencyKey(id, item.version());
        queued.add(new OutgoingRecord(key, id, result.payload()));
      } else {
        invalid.add(new RecordOutcome(CitizenId.mask(id), "", Outcome.INVALID,
            result.problems(), 0));
      }
    }
    journal.enqueue(queued);
    return drain(start, invalid);
  }

  /**
   * Sends every record left pending in the journal by an earlier run.
   *
   * @return one outcome per record sent
   */
  public SyncSummary resume() {
    return drain(clock.instant(), List.of());
  }

  private SyncSummary drain(Instant start, List<RecordOutcome> invalid) {
    List<OutgoingRecord> pending = journal.pending();
    int total = pending.size() + invalid.size();
    LOG.info("Sync started: {} records to send, {} invalid", pending.size(), invalid.size());
    Run run = new Run(start, total);
    invalid.forEach(run::finish);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
      Thread thread = new Thread(runnable, "ccvc-sync-" + run.threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < pending.size(); i += batchSize) {
        List<OutgoingRecord> batch = pending.subList(i, Math.min(pending.size(), i + batchSize));
        futures.add(pool.submit(() -> sendBatch(new ArrayList<>(batch), run)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException("sync.interrupted", "The sync was interrupted; records not yet "
          + "acknowledged stay in the journal and are sent by the next run", e);
    } catch (ExecutionException e) {
      throw new SyncException("sync.failed", "A sending thread failed: " + e.getCause(),
          e.getCause());
    } finally {
      pool.shutdownNow();
    }
    SyncSummary summary = new SyncSummary(run.outcomes(),
        Duration.between(start, clock.instant()));
    LOG.info("Sync finished: {}", summary);
    notify(() -> listener.onFinished(summary));
    return summary;
  }

  /** Sends one batch until every record has a final outcome, the attempts or the time run out. */
  private void sendBatch(List<OutgoingRecord> batch, Run run) {
    Map<String, OutgoingRecord> remaining = new HashMap<>();
    batch.forEach(record -> remaining.put(record.idempotencyKey(), record));
    Instant deadline = run.start.plus(retry.deadline());
    int attempt = 0;
    while (!remaining.isEmpty()) {
      if (!awaitBreaker(deadline)) {
        failAll(remaining, run, attempt, "the deadline passed while the circuit was open");
        return;
      }
      attempt++;
      Duration wait = attemptOnce(new ArrayList<>(remaining.values()), remaining, run, attempt);
      if (remaining.isEmpty() || wait == null) {
        return;
      }
      if (attempt >= retry.maxAttempts()) {
        failAll(remaining, run, attempt, "no success after " + attempt + " attempts");
        return;
      }
      Duration backoff = backoff(attempt);
      Duration sleep = backoff.compareTo(wait) >= 0 ? backoff : wait;
      if (clock.instant().plus(sleep).isAfter(deadline)) {
        failAll(remaining, run, attempt, "the deadline would pass before the next attempt");
        return;
      }
      LOG.info("Retrying {} records (first {}) in {} ms, attempt {} of {}", remaining.size(),
          remaining.values().iterator().next().maskedCitizenId(), sleep.toMillis(),
          attempt + 1, retry.maxAttempts());
      if (!sleep(sleep)) {
        return;
      }
    }
  }

  /**
   * Sends the records once and finishes those with a final result.
   *
   * @return the longest wait the server asked for when some records must be retried (zero for
   *     none), or null when the rest failed for good
   */
  private @Nullable Duration attemptOnce(List<OutgoingRecord> records,
      Map<String, OutgoingRecord> remaining, Run run, int attempt) {
    List<TransportResult> results;
    try {
      results = transport.send(records);
      breaker.recordSuccess();
    } catch (TransportException e) {
      if (!e.retryable()) {
        LOG.warn("Request of {} records failed without retry: {}", records.size(),
            e.getMessage());
        failAll(remaining, run, attempt, e.getMessage());
        return null;
      }
      breaker.recordFailure();
      LOG.debug("Request of {} records failed: {}", records.size(), e.getMessage());
      return e.retryAfter() != null ? e.retryAfter() : Duration.ZERO;
    }
    Duration wait = Duration.ZERO;
    for (TransportResult result : results) {
      OutgoingRecord record = remaining.get(result.idempotencyKey());
      if (record == null) {
        continue;
      }
      switch (result.status()) {
        case ACCEPTED -> complete(record, Outcome.ACCEPTED, List.of(), remaining, run, attempt);
        case REPLAY ->
            complete(record, Outcome.ALREADY_PRESENT, List.of(), remaining, run, attempt);
        case REJECTED ->
            complete(record, Outcome.REJECTED, result.problems(), remaining, run, attempt);
        case RETRY -> {
          if (result.retryAfter() != null && result.retryAfter().compareTo(wait) > 0) {
            wait = result.retryAfter();
          }
        }
      }
    }
    return wait;
  }

  private void complete(OutgoingRecord record, Outcome outcome, List<SyncProblem> problems,
      Map<String, OutgoingRecord> remaining, Run run, int attempts) {
    journal.acknowledge(record.idempotencyKey());
    remaining.remove(record.idempotencyKey());
    if (outcome == Outcome.REJECTED) {
      LOG.warn("Ministry rejected the record of {}: {}", record.maskedCitizenId(),
          problems.stream().map(SyncProblem::code).toList());
    }
    run.finish(new RecordOutcome(record.maskedCitizenId(), record.idempotencyKey(), outcome,
        problems, attempts));
  }

  private void failAll(Map<String, OutgoingRecord> remaining, Run run, int attempts,
      String reason) {
    for (OutgoingRecord record : remaining.values()) {
      LOG.warn("Sync of {} failed, kept in the journal: {}", record.maskedCitizenId(), reason);
      run.finish(new RecordOutcome(record.maskedCitizenId(), record.idempotencyKey(),
          Outcome.FAILED, List.of(new SyncProblem("sync.failed", "", reason)), attempts));
    }
    remaining.clear();
  }

  /** Waits while the circuit is open; returns false if the deadline passes first. */
  private boolean awaitBreaker(Instant deadline) {
    while (!breaker.tryAcquirePermit()) {
      if (!clock.instant().isBefore(deadline)) {
        return false;
      }
      Duration delay = breaker.getRemainingDelay();
      if (!sleep(delay.isZero() ? Duration.ofMillis(1) : delay)) {
        return false;
      }
    }
    return true;
  }

  private Duration backoff(int attempt) {
    double cap = Math.min(retry.maxDelay().toNanos(),
        retry.baseDelay().toNanos() * Math.pow(2, Math.min(attempt - 1, 40)));
    double jitter;
    synchronized (random) {
      jitter = random.nextDouble();
    }
    return Duration.ofNanos((long) (jitter * cap));
  }

  private boolean sleep(Duration duration) {
    try {
      sleeper.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("Sync listener failed: {}", e.toString());
    }
  }

  /** Outcomes and counters of one run, shared by the sending threads. */
  private final class Run {
    final Instant start;
    final int total;
    final AtomicInteger threads = new AtomicInteger();
    private final List<RecordOutcome> outcomes = new ArrayList<>();
    private int failed;

    Run(Instant start, int total) {
      this.start = start;
      this.total = total;
    }

    void finish(RecordOutcome outcome) {
      SyncProgress progress;
      synchronized (this) {
        outcomes.add(outcome);
        if (!outcome.outcome().isSuccess()) {
          failed++;
        }
        double seconds = Math.max(1e-3,
            Duration.between(start, clock.instant()).toNanos() / 1e9);
        progress = new SyncProgress(outcomes.size(), total, failed, outcomes.size() / seconds);
      }
      SyncListener target = listener;
      SyncClient.this.notify(() -> target.onRecord(outcome, progress));
    }

    synchronized List<RecordOutcome> outcomes() {
      return List.copyOf(outcomes);
    }
  }

  /** Builder of {@link SyncClient}; not thread-safe. */
  public static final class Builder {
    private final SyncTransport transport;
    private final SyncJournal journal;
    private WireMapping mapping = Mapping4223.forSender("CCVC");
    private RetrySettings retry = RetrySettings.DEFAULTS;
    private int batchSize = 50;
    private int concurrency = 4;
    private SyncListener listener = SyncListener.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Random random = new Random();

    private Builder(SyncTransport transport, SyncJournal journal) {
      this.transport = Objects.requireNonNull(transport, "transport");
      this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Sets the wire mapping, {@link Mapping4223} with sender code {@code CCVC} by default. */
    public Builder mapping(WireMapping wireMapping) {
      this.mapping = Objects.requireNonNull(wireMapping, "wireMapping");
      return this;
    }

    /** Sets the retry and circuit-breaker limits, {@link RetrySettings#DEFAULTS} by default. */
    public Builder retry(RetrySettings settings) {
      this.retry = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Sets the records per request, 50 by default.
     *
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public Builder batchSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("batch size must be at least 1, got " + size);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Sets how many requests may be in flight at once, 4 by default.
     *
     * @throws IllegalArgumentException if {@code requests} is below 1
     */
    public Builder concurrency(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, got " + requests);
      }
      this.concurrency = requests;
      return this;
    }

    /** Sets the progress listener. */
    public Builder listener(SyncListener syncListener) {
      this.listener = Objects.requireNonNull(syncListener, "syncListener");
      return this;
    }

    /** Sets the clock that measures the deadline and the rate. */
    public Builder clock(Clock runClock) {
      this.clock = Objects.requireNonNull(runClock, "runClock");
      return this;
    }

    /** Sets how the client waits between retries. */
    public Builder sleeper(Sleeper retrySleeper) {
      this.sleeper = Objects.requireNonNull(retrySleeper, "retrySleeper");
      return this;
    }

    /** Sets the source of jitter, for reproducible tests. */
    public Builder random(Random jitter) {
      this.random = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /** Returns the client. */
    public SyncClient build() {
      return new SyncClient(this);
    }
  }
}
