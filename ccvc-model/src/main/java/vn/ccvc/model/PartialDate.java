package vn.ccvc.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * A date of which the year, the month and year, or the full date is known, as the form's history
 * tables and many old records give them. Written in ISO form: {@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}, years 1000–9999.
 *
 * <p>A partial date covers a range of days, from {@link #start()} to {@link #end()}. Dates are
 * ordered by their start, then by their end, so {@code 1985-01} comes before {@code 1985},
 * which comes before {@code 1985-02}. Instances are immutable.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** Validation code of text that is not a calendar date in one of the three forms. */
  public static final String INVALID_CODE = "date.invalid";


  private final DatePrecision precision;
  private final LocalDate start;

  private PartialDate(DatePrecision precision, LocalDate start) {
    this.precision = precision;
    this.start = start;
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, ignoring surrounding white space
   * of any kind, no-break spaces included.
   *
   * @throws InvalidValueException with code {@value #INVALID_CODE} if the text is in none of the
   *     three forms, or names a day or month that is not on the calendar (31 April, 29 February
   *     of a year that is not a leap year, month 13)
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = isTrimmed(text) ? text : Text.line(text);
    if (trimmed == null || !hasIsoForm(trimmed) || trimmed.charAt(0) == '0') {
      throw invalid(text, "use yyyy-MM-dd, yyyy-MM or yyyy, for example 1985-05-15");
    }
    int year = number(trimmed, 0, 4);
    try {
      if (trimmed.length() == 4) {
        return ofYear(year);
      }
      int month = number(trimmed, 5, 7);
      if (trimmed.length() == 7) {
        return ofMonth(year, month);
      }
      return ofDay(LocalDate.of(year, month, number(trimmed, 8, 10)));
    } catch (DateTimeException e) {
      throw invalid(text, "this day or month is not on the calendar; check the day and month");
    }
  }

  /** Returns a date of which only the year is known. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(DatePrecision.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * Returns a date of which the month and year are known.
   *
   * @throws DateTimeException if the month is not 1–12
   */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(DatePrecision.MONTH, LocalDate.of(year, month, 1));
  }

  /** Returns a full date. */
  public static PartialDate ofDay(LocalDate date) {
    return new PartialDate(DatePrecision.DAY, Objects.requireNonNull(date, "date"));
  }

  /** Returns how much of the date is known. */
  public DatePrecision precision() {
    return precision;
  }

  /** Returns the year. */
  public int year() {
    return start.getYear();
  }

  /** Returns the first day the date may stand for. */
  public LocalDate start() {
    return start;
  }

  /** Returns the last day the date may stand for. */
  public LocalDate end() {
    switch (precision) {
      case YEAR:
        return start.withDayOfYear(start.lengthOfYear());
      case MONTH:
        return YearMonth.from(start).atEndOfMonth();
      default:
        return start;
    }
  }

  /** Tells whether every day this date may stand for lies before every day of {@code other}. */
  public boolean isBefore(PartialDate other) {
    return end().isBefore(other.start());
  }

  /** Tells whether every day this date may stand for lies after {@code day}. */
  public boolean isAfter(LocalDate day) {
    return start.isAfter(day);
  }

  @Override
  public int compareTo(PartialDate other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end().compareTo(other.end());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartialDate other && precision == other.precision
        && start.equals(other.start);
  }

  @Override
  public int hashCode() {
    return precision.hashCode() * 31 + start.hashCode();
  }

  /** Returns the ISO form: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.valueOf(year());
      case MONTH:
        return YearMonth.from(start).toString();
      default:
        return start.toString();
    }
  }

  private static boolean isTrimmed(String text) {
    return !text.isEmpty() && !Text.isSpace(text.charAt(0))
        && !Text.isSpace(text.charAt(text.length() - 1));
  }

  /** Tells whether the text is {@code dddd}, {@code dddd-dd} or {@code dddd-dd-dd} in ASCII. */
  private static boolean hasIsoForm(String text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean separator = i == 4 || i == 7;
      if (separator ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + text.charAt(i) - '0';
    }
    return value;
  }

  private static InvalidValueException invalid(String text, String hint) {
    return new InvalidValueException(INVALID_CODE,
        "'" + text + "' is not a valid date: " + hint + ".");
  }
}
