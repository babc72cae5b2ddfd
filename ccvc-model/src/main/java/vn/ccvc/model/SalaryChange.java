package vn.ccvc.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;

/**
 * One column of grid 31, the salary history.
 *
 * @param from month the change took effect, {@code yyyy-MM} (or {@code yyyy-MM-dd})
 * @param rankCode rank or professional-title code, such as {@code 01.003}
 * @param step salary step, from 1
 * @param coefficient salary coefficient, two decimal places
 */
public record SalaryChange(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText(future = true)
    @Nullable String from,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.RANKS)
    @Nullable String rankCode,
    @NotNull(groups = Submission.class, message = Constraints.REQUIRED)
    @Min(value = 1, message = Constraints.STEP_RANGE)
    @Nullable Integer step,
    @NotNull(groups = Submission.class, message = Constraints.REQUIRED)
    @DecimalMin(value = "0", inclusive = false, message = "{ccvc.salary.coefficientNotOnScale}")
    @Digits(integer = 2, fraction = 2, message = Constraints.NUMBER)
    @Nullable BigDecimal coefficient) {

  /** Creates a column, normalising every text component. */
  public SalaryChange {
    from = Text.line(from);
    rankCode = Text.line(rankCode);
  }
}
