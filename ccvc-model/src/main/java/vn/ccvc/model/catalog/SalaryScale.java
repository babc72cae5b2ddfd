package vn.ccvc.model.catalog;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import vn.ccvc.model.CcvcException;

/**
 * The salary scale: for each salary type (A3.1 … C3), the coefficient of each step, as table 2
 * of Decree 204/2004/NĐ-CP gives them for civil servants. Salary = coefficient × base salary.
 *
 * <p>In a CSV file the columns are {@code type}, {@code step} (from 1) and {@code coefficient}
 * (a decimal with a point, such as {@code 2.34}), one row per step. Each type's steps must run
 * from 1 without a gap. Other columns are ignored.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SalaryScale {

  private final Map<String, List<BigDecimal>> coefficientsByType;

  private SalaryScale(Map<String, List<BigDecimal>> coefficientsByType) {
    Map<String, List<BigDecimal>> copy = new LinkedHashMap<>();
    coefficientsByType.forEach((type, coefficients) -> {
      if (coefficients.isEmpty()) {
        throw new CcvcException(Catalogs.INVALID_CODE,
            "Salary type " + type + " has no steps; give it at least step 1.");
      }
      for (BigDecimal coefficient : coefficients) {
        requirePositive(type, coefficient);
      }
      copy.put(type, List.copyOf(coefficients));
    });
    this.coefficientsByType = copy;
  }

  /**
   * Returns a scale with the given coefficients: for each type, the coefficient of step 1
   * first.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if a type has no steps or a
   *     coefficient that is not positive
   */
  public static SalaryScale of(Map<String, List<BigDecimal>> coefficientsByType) {
    return new SalaryScale(new LinkedHashMap<>(coefficientsByType));
  }

  /**
   * Reads a scale from CSV text in the layout described on this class. The reader is not
   * closed.
   *
   * @param name the file's name for error messages
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} if the text is not valid
   *     CSV, lacks a column, has a value that is not a number, lists a step twice, or leaves a
   *     gap in a type's steps; the message names the line
   */
  public static SalaryScale readCsv(String name, Reader reader) {
    CsvTable table = CsvTable.read(name, reader).require("type", "step", "coefficient");
    Map<String, TreeMap<Integer, CsvRow>> rowsByType = new LinkedHashMap<>();
    for (CsvRow row : table.rows()) {
      String type = row.text("type");
      long step = row.number("step");
      if (step < 1 || step > 99) {
        throw row.error("step " + step + " is out of range; steps run from 1");
      }
      row.build(() -> requirePositive(type, row.decimal("coefficient")));
      CsvRow first = rowsByType.computeIfAbsent(type, t -> new TreeMap<>())
          .putIfAbsent((int) step, row);
      if (first != null) {
        throw row.error("type " + type + " step " + step + " is already on line "
            + first.line() + "; keep one row per step");
      }
    }
    Map<String, List<BigDecimal>> coefficients = new LinkedHashMap<>();
    rowsByType.forEach((type, rows) -> coefficients.put(type, stepsOf(name, type, rows)));
    return new SalaryScale(coefficients);
  }

  /** Returns the salary types, in catalogue order. */
  public Set<String> types() {
    return Collections.unmodifiableSet(coefficientsByType.keySet());
  }

  /** Tells whether the scale has this salary type, such as {@code A1}. */
  public boolean hasType(String type) {
    Objects.requireNonNull(type, "type");
    return coefficientsByType.containsKey(type);
  }

  /** Returns the last step of a salary type (9 for A1), or empty for an unknown type. */
  public OptionalInt maxStep(String type) {
    Objects.requireNonNull(type, "type");
    List<BigDecimal> coefficients = coefficientsByType.get(type);
    return coefficients == null ? OptionalInt.empty() : OptionalInt.of(coefficients.size());
  }

  /**
   * Returns the coefficient of a step, such as 2.34 for A1 step 1, or empty for an unknown type
   * or a step outside the type's steps.
   */
  public Optional<BigDecimal> coefficient(String type, int step) {
    List<BigDecimal> coefficients = coefficients(type);
    if (step < 1 || step > coefficients.size()) {
      return Optional.empty();
    }
    return Optional.of(coefficients.get(step - 1));
  }

  /** Returns the coefficients of a type, step 1 first, or an empty list for an unknown type. */
  public List<BigDecimal> coefficients(String type) {
    Objects.requireNonNull(type, "type");
    return coefficientsByType.getOrDefault(type, List.of());
  }

  /**
   * Returns the step whose coefficient equals {@code coefficient} numerically (2.3 equals 2.30),
   * or empty if the type has no such step, which means the coefficient is not on that type's
   * table.
   */
  public OptionalInt stepOf(String type, BigDecimal coefficient) {
    Objects.requireNonNull(coefficient, "coefficient");
    List<BigDecimal> coefficients = coefficients(type);
    for (int i = 0; i < coefficients.size(); i++) {
      if (coefficients.get(i).compareTo(coefficient) == 0) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** Returns the salary types, for diagnostics. */
  @Override
  public String toString() {
    return "SalaryScale" + coefficientsByType.keySet();
  }

  private static BigDecimal requirePositive(String type, BigDecimal coefficient) {
    Objects.requireNonNull(coefficient, "coefficient");
    if (coefficient.signum() <= 0) {
      throw new CcvcException(Catalogs.INVALID_CODE, "Salary type " + type + " has coefficient "
          + coefficient.toPlainString() + "; coefficients must be greater than zero.");
    }
    return coefficient;
  }

  private static List<BigDecimal> stepsOf(String source, String type,
      TreeMap<Integer, CsvRow> rows) {
    List<BigDecimal> coefficients = new ArrayList<>(rows.size());
    int expected = 1;
    for (Map.Entry<Integer, CsvRow> entry : rows.entrySet()) {
      if (entry.getKey() != expected) {
        throw CsvTable.malformed(source, entry.getValue().line(), "type " + type + " has step "
            + entry.getKey() + " but no step " + expected + "; list every step from 1");
      }
      coefficients.add(entry.getValue().decimal("coefficient"));
      expected++;
    }
    return coefficients;
  }
}
