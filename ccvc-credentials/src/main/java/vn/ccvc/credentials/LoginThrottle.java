package vn.ccvc.credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Slows down password guessing: from an account's failed login attempts since its last
 * successful one, decides when the next attempt is allowed.
 *
 * <p>The first {@link #DEFAULT_FREE_FAILURES} failures cost nothing. Each later failure doubles
 * the wait after the latest one, from {@link #DEFAULT_FIRST_DELAY} up to at most
 * {@link #DEFAULT_MAX_DELAY}: with the defaults, 1 second after the 4th failure, 2 after the
 * 5th, 4 after the 6th, and 15 minutes from the 14th on. After
 * {@value #DEFAULT_LOCK_AFTER} consecutive failures the account
 * is locked until an administrator unlocks it. Each setting can be changed.
 *
 * <p>The throttle is pure: it reads no clock, keeps no state and is safe to share between
 * threads. The host stores the failures and clears them after a successful login.
 */
public final class LoginThrottle {

  /** Default number of failures that cost no wait. */
  public static final int DEFAULT_FREE_FAILURES = 3;

  /** Default wait after the first failure that costs one. */
  public static final Duration DEFAULT_FIRST_DELAY = Duration.ofSeconds(1);

  /** Default longest wait. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(15);

  /** Default number of consecutive failures that locks the account. */
  public static final int DEFAULT_LOCK_AFTER = 100;

  private final int freeFailures;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final int lockAfter;

  private LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay,
      int lockAfter) {
    this.freeFailures = freeFailures;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.lockAfter = lockAfter;
  }

  /** Returns the throttle with the default settings. */
  public static LoginThrottle defaults() {
    return of(DEFAULT_FREE_FAILURES, DEFAULT_FIRST_DELAY, DEFAULT_MAX_DELAY, DEFAULT_LOCK_AFTER);
  }

  /**
   * Creates a throttle.
   *
   * @param freeFailures the number of failures that cost no wait
   * @param firstDelay the wait after the first failure that costs one
   * @param maxDelay the longest wait
   * @param lockAfter the number of consecutive failures that locks the account
   * @throws IllegalArgumentException if {@code freeFailures} is negative, a delay is not
   *     positive, {@code maxDelay} is shorter than {@code firstDelay}, or {@code lockAfter} is
   *     less than 1
   */
  public static LoginThrottle of(int freeFailures, Duration firstDelay, Duration maxDelay,
      int lockAfter) {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (freeFailures < 0 || lockAfter < 1) {
      throw new IllegalArgumentException("freeFailures is " + freeFailures + " and lockAfter is "
          + lockAfter + "; use 0 or more free failures and lock after 1 or more");
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("firstDelay is " + firstDelay + " and maxDelay is "
          + maxDelay + "; use a positive first delay and a longest delay at least as long");
    }
    return new LoginThrottle(freeFailures, firstDelay, maxDelay, lockAfter);
  }

  /**
   * Decides when the next attempt is allowed.
   *
   * @param failures the instants of the failed attempts since the last successful one, in any
   *     order; empty when there were none
   */
  public ThrottleDecision decide(Collection<Instant> failures) {
    Objects.requireNonNull(failures, "failures");
    int count = failures.size();
    if (count >= lockAfter) {
      return new ThrottleDecision(count, null, true);
    }
    if (count <= freeFailures) {
      return new ThrottleDecision(count, null, false);
    }
    Instant latest = failures.stream().max(Instant::compareTo).orElseThrow();
    return new ThrottleDecision(count, latest.plus(delay(count - freeFailures)), false);
  }

  /** Returns the wait after the {@code n}th failure that costs one, counting from 1. */
  Duration delay(int n) {
    // Doubling past 2^40 seconds exceeds any sensible maximum, and shifting further overflows.
    int doublings = Math.min(n - 1, 40);
    long maxMultiple = maxDelay.toNanos() / firstDelay.toNanos();
    long multiple = 1L << doublings;
    return multiple >= maxMultiple ? maxDelay : firstDelay.multipliedBy(multiple);
  }
}
