package vn.ccvc.sync;

import java.time.Duration;

/**
 * Retry and circuit-breaker limits. A retry waits a random time between zero and
 * {@code min(maxDelay, baseDelay × 2^(attempt−1))} (exponential backoff with full jitter), or
 * the server's {@code Retry-After} when that is longer.
 *
 * @param maxAttempts requests per record at most, including the first, at least 1
 * @param baseDelay backoff of the first retry before jitter
 * @param maxDelay cap of the backoff before jitter
 * @param deadline time a run may take; records still unsent then are failed
 * @param breakerFailures consecutive failed requests that open the circuit breaker
 * @param breakerDelay how long an open circuit delays requests before a trial request
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay,
    Duration deadline, int breakerFailures, Duration breakerDelay) {

  /** Defaults: 8 attempts, 200 ms to 30 s backoff, 15 minute deadline, breaker 10 and 5 s. */
  public static final RetrySettings DEFAULTS = new RetrySettings(8, Duration.ofMillis(200),
      Duration.ofSeconds(30), Duration.ofMinutes(15), 10, Duration.ofSeconds(5));

  /** Creates settings, checking the limits. */
  public RetrySettings {
    if (maxAttempts < 1 || breakerFailures < 1) {
      throw new IllegalArgumentException("maxAttempts and breakerFailures must be at least 1, got "
          + maxAttempts + " and " + breakerFailures);
    }
    if (baseDelay.isNegative() || maxDelay.isNegative() || deadline.isNegative()
        || breakerDelay.isNegative()) {
      throw new IllegalArgumentException("delays and the deadline must not be negative");
    }
  }

  /** Returns a copy with {@code attempts} as the maximum number of attempts. */
  public RetrySettings withMaxAttempts(int attempts) {
    return new RetrySettings(attempts, baseDelay, maxDelay, deadline, breakerFailures,
        breakerDelay);
  }

  /** Returns a copy with a new backoff base and cap. */
  public RetrySettings withBackoff(Duration base, Duration max) {
    return new RetrySettings(maxAttempts, base, max, deadline, breakerFailures, breakerDelay);
  }

  /** Returns a copy with a new overall deadline. */
  public RetrySettings withDeadline(Duration runDeadline) {
    return new RetrySettings(maxAttempts, baseDelay, maxDelay, runDeadline, breakerFailures,
        breakerDelay);
  }

  /** Returns a copy with new circuit-breaker limits. */
  public RetrySettings withBreaker(int failures, Duration delay) {
    return new RetrySettings(maxAttempts, baseDelay, maxDelay, deadline, failures, delay);
  }
}
