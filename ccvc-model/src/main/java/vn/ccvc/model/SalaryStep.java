package vn.ccvc.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point on the salary scale: a rank or professional title, the salary type its code maps to,
 * a step and that step's coefficient. Obtain one from
 * {@link vn.ccvc.model.catalog.Catalogs#salaryStep(String, int)}, which checks the step against
 * the scale. Salary = coefficient × base salary. Instances are immutable.
 *
 * @param rankCode rank or professional-title code, such as {@code 01.003}
 * @param salaryType salary type of the scale, such as {@code A1}
 * @param step the step, from 1
 * @param coefficient the step's coefficient, two decimal places
 */
public record SalaryStep(String rankCode, String salaryType, int step, BigDecimal coefficient) {

  /**
   * Creates a salary step.
   *
   * @throws InvalidValueException with code {@code salary.stepOutOfRange} if {@code step} is
   *     below 1
   */
  public SalaryStep {
    Objects.requireNonNull(rankCode, "rankCode");
    Objects.requireNonNull(salaryType, "salaryType");
    Objects.requireNonNull(coefficient, "coefficient");
    if (step < 1) {
      throw new InvalidValueException("salary.stepOutOfRange", "Salary step " + step
          + " of rank " + rankCode + " is below 1; salary steps start at 1.");
    }
  }
}
