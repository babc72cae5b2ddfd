package vn.ccvc.model;

/** How much of a {@link PartialDate} is known. */
public enum DatePrecision {
  /** Only the year, written {@code yyyy}. */
  YEAR,
  /** Month and year, written {@code yyyy-MM}. */
  MONTH,
  /** A full calendar date, written {@code yyyy-MM-dd}. */
  DAY
}
