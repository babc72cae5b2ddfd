package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * An award of item 21.
 *
 * @param formCode code in the award-form catalogue
 * @param year year of the award, {@code yyyy}
 * @param description the decision and what the award was for
 */
public record Award(@Nullable String formCode, @Nullable String year,
    @Nullable String description) {

  /** Creates an award, normalising every text component. */
  public Award {
    formCode = Text.line(formCode);
    year = Text.line(year);
    description = Text.line(description);
  }
}
