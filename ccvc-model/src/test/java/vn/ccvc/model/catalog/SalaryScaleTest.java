package vn.ccvc.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;

class SalaryScaleTest {

  private static final SalaryScale SCALE = Catalogs.defaults().salaryScale();

  @Test
  void a1_nineSteps() {
    assertThat(SCALE.maxStep("A1")).hasValue(9);
    assertThat(SCALE.coefficient("A1", 1)).contains(new BigDecimal("2.34"));
    assertThat(SCALE.coefficient("A1", 9)).contains(new BigDecimal("4.98"));
    assertThat(SCALE.coefficient("A1", 10)).isEmpty();
    assertThat(SCALE.coefficient("A1", 0)).isEmpty();
  }

  @Test
  void stepCounts() {
    assertThat(SCALE.maxStep("A3.1")).hasValue(6);
    assertThat(SCALE.maxStep("A2.2")).hasValue(8);
    assertThat(SCALE.maxStep("A0")).hasValue(10);
    assertThat(SCALE.maxStep("B")).hasValue(12);
    assertThat(SCALE.maxStep("C3")).hasValue(12);
  }

  @Test
  void unknownType() {
    assertThat(SCALE.hasType("A4")).isFalse();
    assertThat(SCALE.maxStep("A4")).isEmpty();
    assertThat(SCALE.coefficient("A4", 1)).isEmpty();
    assertThat(SCALE.coefficients("A4")).isEmpty();
  }

  @Test
  void everyTypeRisesByAConstantIncrement() {
    for (String type : SCALE.types()) {
      List<BigDecimal> coefficients = SCALE.coefficients(type);
      BigDecimal increment = coefficients.get(1).subtract(coefficients.get(0));
      for (int i = 2; i < coefficients.size(); i++) {
        assertThat(coefficients.get(i).subtract(coefficients.get(i - 1)))
            .as("type %s step %d", type, i + 1)
            .isEqualByComparingTo(increment);
      }
    }
  }

  @Test
  void stepOf_comparesNumerically() {
    assertThat(SCALE.stepOf("A1", new BigDecimal("2.3400"))).hasValue(1);
    assertThat(SCALE.stepOf("A1", new BigDecimal("2.35"))).isEmpty();
    assertThat(SCALE.stepOf("B", new BigDecimal("4.06"))).hasValue(12);
  }

  @Test
  void readCsv_gapInSteps() {
    CcvcException e = thrownBy(() -> SalaryScale.readCsv("s.csv", new StringReader(
        "type,step,coefficient\nX,1,1.00\nX,3,1.20\n")));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 's.csv', line 3: type X has step 3 but no step 2; "
        + "list every step from 1.");
  }

  @Test
  void readCsv_duplicateStep() {
    CcvcException e = thrownBy(() -> SalaryScale.readCsv("s.csv", new StringReader(
        "type,step,coefficient\nX,1,1.00\nX,1,1.20\n")));
    assertThat(e).hasMessage("Catalogue file 's.csv', line 3: type X step 1 is already on line "
        + "2; keep one row per step.");
  }

  @Test
  void readCsv_decimalComma() {
    CcvcException e = thrownBy(() -> SalaryScale.readCsv("s.csv", new StringReader(
        "type,step,coefficient\nX,1,\"2,34\"\n")));
    assertThat(e).hasMessage("Catalogue file 's.csv', line 2: column 'coefficient' contains '2,34',"
        + " which is not a decimal number; write it with a point, for example 2.34.");
  }

  @Test
  void readCsv_negativeCoefficient() {
    CcvcException e = thrownBy(() -> SalaryScale.readCsv("s.csv", new StringReader(
        "type,step,coefficient\nX,1,-1\n")));
    assertThat(e).hasMessage("Catalogue file 's.csv', line 2: Salary type X has coefficient -1; "
        + "coefficients must be greater than zero.");
  }
}
