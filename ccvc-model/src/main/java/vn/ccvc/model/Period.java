package vn.ccvc.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * A span of time from a start to an end, or from a start with no end yet (đến nay), as the
 * rows of the training and work-history tables give it. Instances are immutable.
 *
 * @param from the start
 * @param to the end, or {@code null} while the period goes on
 */
public record Period(PartialDate from, @Nullable PartialDate to) {

  /** Validation code of a period that ends before it starts. */
  public static final String END_BEFORE_START_CODE = "period.endBeforeStart";

  /**
   * Creates a period.
   *
   * @throws InvalidValueException with code {@value #END_BEFORE_START_CODE} if {@code to}
   *     lies wholly before {@code from}
   */
  public Period {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new InvalidValueException(END_BEFORE_START_CODE, "The period ends (" + to
          + ") before it starts (" + from + "); swap the dates or correct one of them.");
    }
  }

  /**
   * Parses a period from the text of its two ends.
   *
   * @param to the end, or {@code null} or blank (no-break spaces included) while the period
   *     goes on
   * @throws InvalidValueException if either end is not a valid date, or the period ends before
   *     it starts
   */
  public static Period parse(String from, @Nullable String to) {
    PartialDate start = PartialDate.parse(from);
    PartialDate end = Text.line(to) == null ? null : PartialDate.parse(to);
    return new Period(start, end);
  }

  /** Returns the end, or empty while the period goes on. */
  public Optional<PartialDate> end() {
    return Optional.ofNullable(to);
  }

  /** Tells whether the period has no end yet. */
  public boolean isOngoing() {
    return to == null;
  }
}
