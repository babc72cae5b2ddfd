package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;

/**
 * Section IX, awards and discipline (Khen thưởng, kỷ luật): items 19, 21 and 22, and yearly
 * ratings.
 *
 * @param honoraryTitle item 19, the highest honorary title
 * @param awards item 21
 * @param disciplines item 22
 * @param yearlyRatings yearly performance ratings
 */
public record AwardsAndDiscipline(
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String honoraryTitle,
    List<@Valid Award> awards,
    List<@Valid Discipline> disciplines,
    List<@Valid YearlyRating> yearlyRatings) {

  static final AwardsAndDiscipline EMPTY = new AwardsAndDiscipline(null, null, null, null);

  /** Creates the section, normalising every text component; a missing list is read as empty. */
  public AwardsAndDiscipline(
      @Nullable String honoraryTitle,
      @Nullable List<Award> awards,
      @Nullable List<Discipline> disciplines,
      @Nullable List<YearlyRating> yearlyRatings) {
    this.honoraryTitle = Text.line(honoraryTitle);
    this.awards = Text.list(awards);
    this.disciplines = Text.list(disciplines);
    this.yearlyRatings = Text.list(yearlyRatings);
  }
}
