package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final LoginThrottle THROTTLE = LoginThrottle.defaults();
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** Returns {@code count} failures one minute apart, starting at START. */
  private static List<Instant> failures(int count) {
    List<Instant> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      failures.add(START.plusSeconds(60L * i));
    }
    return failures;
  }

  private static Instant latest(int count) {
    return START.plusSeconds(60L * (count - 1));
  }

  @Test
  void noFailures_allowed() {
    ThrottleDecision decision = THROTTLE.decide(List.of());
    assertThat(decision.consecutiveFailures()).isZero();
    assertThat(decision.notBefore()).isNull();
    assertThat(decision.locked()).isFalse();
    assertThat(decision.allowsAttemptAt(START)).isTrue();
  }

  @Test
  void firstThreeFailures_noDelay() {
    ThrottleDecision decision = THROTTLE.decide(failures(3));
    assertThat(decision.notBefore()).isNull();
    assertThat(decision.allowsAttemptAt(latest(3))).isTrue();
  }

  @Test
  void delaysDoubleAfterFreeFailures() {
    assertThat(THROTTLE.decide(failures(4)).notBefore()).isEqualTo(latest(4).plusSeconds(1));
    assertThat(THROTTLE.decide(failures(5)).notBefore()).isEqualTo(latest(5).plusSeconds(2));
    assertThat(THROTTLE.decide(failures(6)).notBefore()).isEqualTo(latest(6).plusSeconds(4));
    assertThat(THROTTLE.decide(failures(13)).notBefore()).isEqualTo(latest(13).plusSeconds(512));
  }

  @Test
  void delayCappedAtFifteenMinutes() {
    assertThat(THROTTLE.decide(failures(14)).notBefore())
        .isEqualTo(latest(14).plus(Duration.ofMinutes(15)));
    assertThat(THROTTLE.decide(failures(99)).notBefore())
        .isEqualTo(latest(99).plus(Duration.ofMinutes(15)));
  }

  @Test
  void delaysNeverShrink() {
    Duration previous = Duration.ZERO;
    for (int count = 1; count < 100; count++) {
      ThrottleDecision decision = THROTTLE.decide(failures(count));
      Instant notBefore = decision.notBefore();
      Duration delay = notBefore == null ? Duration.ZERO
          : Duration.between(latest(count), notBefore);
      assertThat(delay).as("delay after %d failures", count).isGreaterThanOrEqualTo(previous);
      previous = delay;
    }
  }

  @Test
  void allowsAttemptAt_waitsUntilNotBefore() {
    ThrottleDecision decision = THROTTLE.decide(failures(5));
    assertThat(decision.allowsAttemptAt(latest(5).plusSeconds(1))).isFalse();
    assertThat(decision.allowsAttemptAt(latest(5).plusSeconds(2))).isTrue();
  }

  @Test
  void hardLockAfter100() {
    ThrottleDecision decision = THROTTLE.decide(failures(100));
    assertThat(decision.locked()).isTrue();
    assertThat(decision.notBefore()).isNull();
    assertThat(decision.consecutiveFailures()).isEqualTo(100);
    assertThat(decision.allowsAttemptAt(latest(100).plus(Duration.ofDays(365)))).isFalse();
    assertThat(THROTTLE.decide(failures(99)).locked()).isFalse();
  }

  @Test
  void failuresInAnyOrder() {
    List<Instant> shuffled = failures(6);
    Collections.reverse(shuffled);
    assertThat(THROTTLE.decide(shuffled).notBefore()).isEqualTo(latest(6).plusSeconds(4));
  }

  @Test
  void configuredThrottle() {
    LoginThrottle throttle = LoginThrottle.of(0, Duration.ofSeconds(5), Duration.ofSeconds(30), 5);
    assertThat(throttle.decide(failures(1)).notBefore()).isEqualTo(latest(1).plusSeconds(5));
    assertThat(throttle.decide(failures(3)).notBefore()).isEqualTo(latest(3).plusSeconds(20));
    assertThat(throttle.decide(failures(4)).notBefore()).isEqualTo(latest(4).plusSeconds(30));
    assertThat(throttle.decide(failures(5)).locked()).isTrue();
  }

  @Test
  void invalidSettings_rejected() {
    assertThatThrownBy(() -> LoginThrottle.of(-1, Duration.ofSeconds(1), Duration.ofMinutes(1),
        10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoginThrottle.of(3, Duration.ZERO, Duration.ofMinutes(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoginThrottle.of(3, Duration.ofMinutes(2), Duration.ofMinutes(1),
        10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstDelay is PT2M and maxDelay is PT1M; use a positive first delay and a "
            + "longest delay at least as long");
    assertThatThrownBy(() -> LoginThrottle.of(3, Duration.ofSeconds(1), Duration.ofMinutes(1),
        0)).isInstanceOf(IllegalArgumentException.class);
  }
}
