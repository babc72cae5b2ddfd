package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SalaryStepTest {

  @Test
  void stepBelowOne_isInvalidValue() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> new SalaryStep("01.003", "A1", 0, new BigDecimal("2.34")));

    assertThat(e.code()).isEqualTo("salary.stepOutOfRange");
    assertThat(e.getMessage())
        .isEqualTo("Salary step 0 of rank 01.003 is below 1; salary steps start at 1.");
  }

  @Test
  void firstStep_isAccepted() {
    SalaryStep step = new SalaryStep("01.003", "A1", 1, new BigDecimal("2.34"));

    assertThat(step.coefficient()).isEqualByComparingTo("2.34");
  }
}
