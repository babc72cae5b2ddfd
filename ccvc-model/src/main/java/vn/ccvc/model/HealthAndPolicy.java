package vn.ccvc.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

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
    @Nullable String healthStatus,
    @Nullable Integer heightCm,
    @Nullable BigDecimal weightKg,
    @Nullable String bloodGroup,
    @Nullable String warInvalidGrade,
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
