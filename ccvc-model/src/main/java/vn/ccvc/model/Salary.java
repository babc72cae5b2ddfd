package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;

/**
 * Section VIII, rank, salary and allowances (Ngạch, lương, phụ cấp): items 14, 26 and 31.
 *
 * @param rankCode item 14, rank (ngạch) or professional-title code, such as {@code 01.003}
 * @param step item 14, salary step (bậc), from 1
 * @param coefficient item 14, salary coefficient (hệ số), two decimal places
 * @param effectiveDate item 14, the date the current step took effect (ngày hưởng)
 * @param beyondFramePercent percentage beyond the last step (vượt khung), 5 or more
 * @param positionAllowance item 14, position allowance coefficient (phụ cấp chức vụ)
 * @param otherAllowances item 14, other allowances as written
 * @param socialInsuranceNumber item 26, the 10-digit social-insurance number
 * @param history grid 31, oldest first
 */
public record Salary(
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
    @Nullable BigDecimal coefficient,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText(future = true)
    @Nullable String effectiveDate,
    @Min(value = 5, message = "{ccvc.salary.beyondFrameOutOfRange}")
    @Max(value = 100, message = "{ccvc.salary.beyondFrameOutOfRange}")
    @Nullable Integer beyondFramePercent,
    @DecimalMin(value = "0", message = Constraints.NUMBER)
    @Digits(integer = 2, fraction = 2, message = Constraints.NUMBER)
    @Nullable BigDecimal positionAllowance,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String otherAllowances,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Pattern(regexp = "[0-9]{10}", message = Constraints.SOCIAL_INSURANCE)
    @Nullable String socialInsuranceNumber,
    List<@Valid SalaryChange> history) {

  static final Salary EMPTY = new Salary(null, null, null, null, null, null, null, null, null);

  /** Creates the section, normalising every text component; a missing list is read as empty. */
  public Salary(
      @Nullable String rankCode,
      @Nullable Integer step,
      @Nullable BigDecimal coefficient,
      @Nullable String effectiveDate,
      @Nullable Integer beyondFramePercent,
      @Nullable BigDecimal positionAllowance,
      @Nullable String otherAllowances,
      @Nullable String socialInsuranceNumber,
      @Nullable List<SalaryChange> history) {
    this.rankCode = Text.line(rankCode);
    this.step = step;
    this.coefficient = coefficient;
    this.effectiveDate = Text.line(effectiveDate);
    this.beyondFramePercent = beyondFramePercent;
    this.positionAllowance = positionAllowance;
    this.otherAllowances = Text.line(otherAllowances);
    this.socialInsuranceNumber = Text.line(socialInsuranceNumber);
    this.history = Text.list(history);
  }
}
