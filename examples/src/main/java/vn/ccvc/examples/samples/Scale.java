package vn.ccvc.examples.samples;

import java.math.BigDecimal;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.catalog.Rank;

/**
 * The salary types of ranks and the coefficients of the salary scale, read from the SDK's
 * catalogues so that the samples stay on the scale the validator checks against.
 */
final class Scale {

  private final Catalogs catalogs;

  Scale(Catalogs catalogs) {
    this.catalogs = catalogs;
  }

  /**
   * Returns the current salary type of a rank, such as {@code A1} for {@code 01.003}.
   *
   * @throws IllegalArgumentException if the rank is not in the catalogue
   */
  String salaryType(String rankCode) {
    return catalogs.ranks().find(rankCode).map(Rank::salaryType).orElseThrow(
        () -> new IllegalArgumentException("Rank " + rankCode + " is not in the catalogue"));
  }

  /**
   * Returns the coefficient of a step of a salary type.
   *
   * @throws IllegalArgumentException if the type or the step is not on the scale
   */
  BigDecimal coefficient(String type, int step) {
    return catalogs.salaryScale().coefficient(type, step).orElseThrow(
        () -> new IllegalArgumentException("Step " + step + " of type " + type
            + " is not on the salary scale"));
  }

  /**
   * Returns the last step of a salary type.
   *
   * @throws IllegalArgumentException if the type is not on the scale
   */
  int maxStep(String type) {
    return catalogs.salaryScale().maxStep(type).orElseThrow(
        () -> new IllegalArgumentException("Type " + type + " is not on the salary scale"));
  }
}
