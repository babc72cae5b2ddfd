package vn.ccvc.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The days over which the rollout plays out: accounts five days before today, declaration the
 * next day, review, corrections and sync on the days after, each action of a phase a little
 * after the one before. The update history then reads like a real week rather than one second.
 * Immutable.
 */
final class Timeline {

  /** A phase of the rollout: its day after the first and its starting hour. */
  enum Phase {
    /** Accounts are issued. */
    ISSUE(0, 8, 10),
    /** Employees save and submit. */
    DECLARE(1, 8, 420),
    /** The approver confirms or rejects. */
    REVIEW(2, 9, 120),
    /** Employees correct rejected profiles and submit them again. */
    CORRECT(3, 8, 600),
    /** The approver confirms the corrected profiles. */
    RECHECK(3, 15, 120),
    /** The leader syncs the confirmed profiles. */
    SYNC(4, 10, 2);

    private final int day;
    private final int hour;
    private final int spacingSeconds;

    Phase(int day, int hour, int spacingSeconds) {
      this.day = day;
      this.hour = hour;
      this.spacingSeconds = spacingSeconds;
    }
  }

  /** Seconds within which the actions of one phase fit, so phases never overlap. */
  private static final int PHASE_SECONDS = 6 * 3600;

  private final LocalDate today;
  private final ZonedDateTime start;
  private final int people;

  /** Creates the timeline ending today by {@code clock}, for {@code people} employees. */
  Timeline(Clock clock, int people) {
    this.today = LocalDate.now(clock.withZone(Texts.VIETNAM));
    this.start = today.minusDays(5).atStartOfDay(Texts.VIETNAM);
    this.people = Math.max(1, people);
  }

  /** Returns today's date in Vietnam, the date of the report. */
  LocalDate today() {
    return today;
  }

  /**
   * Returns when the {@code index}-th action of a phase happens, counting from 0; an action
   * that follows another on the same profile passes {@code offsetSeconds} to come after it.
   */
  Instant at(Phase phase, int index, int offsetSeconds) {
    long spacing = Math.min(phase.spacingSeconds, PHASE_SECONDS / people);
    return start.plusDays(phase.day).plusHours(phase.hour)
        .plusSeconds(index * spacing + offsetSeconds).toInstant();
  }

  /** Returns when the {@code index}-th action of a phase happens. */
  Instant at(Phase phase, int index) {
    return at(phase, index, 0);
  }
}
