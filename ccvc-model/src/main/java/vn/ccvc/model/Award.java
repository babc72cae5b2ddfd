package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;

/**
 * An award of item 21.
 *
 * @param formCode code in the award-form catalogue
 * @param year year of the award, {@code yyyy}
 * @param description the decision and what the award was for
 */
public record Award(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.AWARD_FORMS)
    @Nullable String formCode,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText(yearOnly = true)
    @Nullable String year,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String description) {

  /** Creates an award, normalising every text component. */
  public Award {
    formCode = Text.line(formCode);
    year = Text.line(year);
    description = Text.line(description);
  }
}
