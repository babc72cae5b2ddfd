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
 * The yearly rating of the employee's performance.
 *
 * @param year the rated year, {@code yyyy}
 * @param ratingCode code in the rating catalogue (excellent, good, completed, not completed)
 */
public record YearlyRating(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText(yearOnly = true)
    @Nullable String year,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.YEARLY_RATINGS)
    @Nullable String ratingCode) {

  /** Creates a rating, normalising every text component. */
  public YearlyRating {
    year = Text.line(year);
    ratingCode = Text.line(ratingCode);
  }
}
