package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * The yearly rating of the employee's performance.
 *
 * @param year the rated year, {@code yyyy}
 * @param ratingCode code in the rating catalogue (excellent, good, completed, not completed)
 */
public record YearlyRating(@Nullable String year, @Nullable String ratingCode) {

  /** Creates a rating, normalising every text component. */
  public YearlyRating {
    year = Text.line(year);
    ratingCode = Text.line(ratingCode);
  }
}
