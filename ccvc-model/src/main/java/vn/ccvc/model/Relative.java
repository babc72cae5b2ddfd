package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.PersonNameText;
import vn.ccvc.model.validation.Submission;

/**
 * One row of the family tables 30a and 30b.
 *
 * @param relationCode code in the family-relation catalogue (father, mother, spouse, …)
 * @param fullName the relative's full name
 * @param birthYear year of birth, {@code yyyy}
 * @param details home town, occupation, post, workplace or school, residence in or outside the
 *     country, and membership of socio-political organisations
 */
public record Relative(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.FAMILY_RELATIONS)
    @Nullable String relationCode,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.NAME, message = Constraints.TOO_LONG)
    @PersonNameText
    @Nullable String fullName,
    @DateText(yearOnly = true)
    @Nullable String birthYear,
    @Size(max = Constraints.BLOCK, message = Constraints.TOO_LONG)
    @Nullable String details) {

  /** Creates a row, normalising every text component. */
  public Relative {
    relationCode = Text.line(relationCode);
    fullName = Text.line(fullName);
    birthYear = Text.line(birthYear);
    details = Text.block(details);
  }
}
