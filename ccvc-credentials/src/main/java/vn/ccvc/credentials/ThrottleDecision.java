package vn.ccvc.credentials;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When the next login attempt of an account is allowed, as {@link LoginThrottle} decides it.
 * Instances are immutable.
 *
 * @param consecutiveFailures the number of failed attempts since the last success
 * @param notBefore the earliest instant of the next attempt, or {@code null} when the next
 *     attempt is allowed at once or the account is locked
 * @param locked whether the account is locked until an administrator unlocks it
 */
public record ThrottleDecision(int consecutiveFailures, @Nullable Instant notBefore,
    boolean locked) {

  /**
   * Creates a decision.
   *
   * @throws IllegalArgumentException if the count is negative, or a locked decision has an
   *     instant
   */
  public ThrottleDecision {
    if (consecutiveFailures < 0) {
      throw new IllegalArgumentException("consecutiveFailures is " + consecutiveFailures
          + "; it cannot be negative");
    }
    if (locked && notBefore != null) {
      throw new IllegalArgumentException("A locked account has no next attempt time");
    }
  }

  /** Tells whether an attempt at {@code now} is allowed. */
  public boolean allowsAttemptAt(Instant now) {
    return !locked && (notBefore == null || !now.isBefore(notBefore));
  }
}
