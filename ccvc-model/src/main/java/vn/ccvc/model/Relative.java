package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

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
    @Nullable String relationCode,
    @Nullable String fullName,
    @Nullable String birthYear,
    @Nullable String details) {

  /** Creates a row, normalising every text component. */
  public Relative {
    relationCode = Text.line(relationCode);
    fullName = Text.line(fullName);
    birthYear = Text.line(birthYear);
    details = Text.block(details);
  }
}
