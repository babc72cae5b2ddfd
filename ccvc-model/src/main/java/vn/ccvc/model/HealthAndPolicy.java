package vn.ccvc.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
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
import vn.ccvc.model.validation.Submission;

/**
 * Section XI, health and policy status (Sức khỏe, chính sách): items 23 and 24.
 *
 * @param healthStatus item 23, state of health as written
 * @param heightCm item 23, height in centimetres
 * @param weightKg item 23, weight in kilograms
 * @param bloodGroup item 23, code in the blood-group catalogue ({@code A}, {@code B},
 *     {@code AB}, {@code O})
 * @param warInvalidGrade item 24, war-invalid grade, such as {@code 2/4}
 * @param policyFamily item 24, policy-family status (child of a war invalid or martyr, Agent
 *     Orange victim)
 */
public record HealthAndPolicy(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String healthStatus,
    @NotNull(groups = Submission.class, message = Constraints.REQUIRED)
    @Min(value = 100, message = Constraints.HEALTH_RANGE)
    @Max(value = 250, message = Constraints.HEALTH_RANGE)
    @Nullable Integer heightCm,
    @NotNull(groups = Submission.class, message = Constraints.REQUIRED)
    @DecimalMin(value = "30", message = Constraints.HEALTH_RANGE)
    @DecimalMax(value = "250", message = Constraints.HEALTH_RANGE)
    @Digits(integer = 3, fraction = 1, message = Constraints.NUMBER)
    @Nullable BigDecimal weightKg,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.BLOOD_GROUPS)
    @Nullable String bloodGroup,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @Nullable String warInvalidGrade,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String policyFamily) {

  static final HealthAndPolicy EMPTY = new HealthAndPolicy(null, null, null, null, null, null);

  /** Creates the section, normalising every text component. */
  public HealthAndPolicy {
    healthStatus = Text.line(healthStatus);
    bloodGroup = Text.line(bloodGroup);
    warInvalidGrade = Text.line(warInvalidGrade);
    policyFamily = Text.line(policyFamily);
  }
}
