package vn.ccvc.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.internal.Text;

/**
 * The base salary (lương cơ sở; lương tối thiểu chung before July 2013) from a date on. A
 * salary is the coefficient times this amount. Instances are immutable.
 *
 * @param effectiveFrom the first day the amount applies
 * @param amountVnd the monthly amount in Vietnamese đồng
 * @param legalBasis the decree that set the amount, such as {@code NĐ 73/2024/NĐ-CP}
 */
public record BaseSalary(LocalDate effectiveFrom, long amountVnd, String legalBasis) {

  /**
   * Creates a base salary.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if the amount is not
   *     positive or the legal basis is blank
   */
  public BaseSalary {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (amountVnd <= 0) {
      throw new CcvcException(Catalogs.INVALID_CODE, "The base salary from " + effectiveFrom
          + " is " + amountVnd + " VND; it must be greater than zero.");
    }
    legalBasis = Text.line(legalBasis);
    if (legalBasis == null) {
      throw new CcvcException(Catalogs.INVALID_CODE, "The base salary from " + effectiveFrom
          + " has no legal basis; name the decree that set it.");
    }
  }
}
