package vn.ccvc.model.catalog;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ccvc.model.CcvcException;

/**
 * The base salary amounts and the dates they took effect.
 *
 * <p>In a CSV file the columns are {@code effective_from} ({@code yyyy-MM-dd}),
 * {@code amount_vnd} (whole đồng, no separators) and {@code legal_basis}; other columns, such as
 * {@code name}, are ignored. Instances are immutable and safe to share between threads.
 */
public final class BaseSalaryTable {

  private final List<BaseSalary> amounts;

  private BaseSalaryTable(List<BaseSalary> amounts) {
    List<BaseSalary> sorted = new ArrayList<>(amounts);
    sorted.sort(Comparator.comparing(BaseSalary::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      LocalDate date = sorted.get(i).effectiveFrom();
      if (date.equals(sorted.get(i - 1).effectiveFrom())) {
        throw new CcvcException(Catalogs.INVALID_CODE, "Two base salaries take effect on "
            + date + "; keep one amount per date.");
      }
    }
    this.amounts = List.copyOf(sorted);
  }

  /**
   * Returns a table of the given amounts, in any order.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if two take effect on the
   *     same date
   */
  public static BaseSalaryTable of(List<BaseSalary> amounts) {
    return new BaseSalaryTable(amounts);
  }

  /**
   * Reads a table from CSV text in the layout described on this class. The reader is not
   * closed.
   *
   * @param name the file's name for error messages
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} if the text is not valid
   *     CSV, lacks a column, or has an invalid value or a repeated date; the message names the
   *     line
   */
  public static BaseSalaryTable readCsv(String name, Reader reader) {
    CsvTable table = CsvTable.read(name, reader)
        .require("effective_from", "amount_vnd", "legal_basis");
    List<BaseSalary> amounts = new ArrayList<>();
    for (CsvRow row : table.rows()) {
      BaseSalary amount = row.build(() -> new BaseSalary(row.date("effective_from"),
          row.number("amount_vnd"), row.text("legal_basis")));
      if (amounts.stream().anyMatch(a -> a.effectiveFrom().equals(amount.effectiveFrom()))) {
        throw row.error("an earlier row already takes effect on " + amount.effectiveFrom()
            + "; keep one row per date");
      }
      amounts.add(amount);
    }
    return new BaseSalaryTable(amounts);
  }

  /**
   * Returns the amount in force on {@code date}: the one with the latest effective date on or
   * before it, or empty for a date before the first amount.
   */
  public Optional<BaseSalary> on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    BaseSalary found = null;
    for (BaseSalary amount : amounts) {
      if (amount.effectiveFrom().isAfter(date)) {
        break;
      }
      found = amount;
    }
    return Optional.ofNullable(found);
  }

  /** Returns every amount, oldest first. */
  public List<BaseSalary> all() {
    return amounts;
  }

  /** Returns the number of amounts, for diagnostics. */
  @Override
  public String toString() {
    return "BaseSalaryTable[" + amounts.size() + " amounts]";
  }
}
