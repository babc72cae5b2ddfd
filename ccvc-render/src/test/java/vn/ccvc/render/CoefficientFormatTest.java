package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CoefficientFormatTest {

  @Test
  void wholeCoefficient_printsTwoDecimals() {
    assertThat(FormWriter.coefficient(new BigDecimal("3"))).isEqualTo("3,00");
    assertThat(FormWriter.coefficient(new BigDecimal("3.00"))).isEqualTo("3,00");
    assertThat(FormWriter.coefficient(new BigDecimal("2.5"))).isEqualTo("2,50");
    assertThat(FormWriter.coefficient(new BigDecimal("3.99"))).isEqualTo("3,99");
  }

  @Test
  void weight_dropsTrailingZeros() {
    assertThat(FormWriter.number(new BigDecimal("52.0"))).isEqualTo("52");
    assertThat(FormWriter.number(new BigDecimal("52.5"))).isEqualTo("52,5");
  }
}
