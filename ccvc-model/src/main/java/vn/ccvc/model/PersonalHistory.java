package vn.ccvc.model;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;

/**
 * Section IV, personal history (Lịch sử bản thân): the three parts of item 29 and the relations
 * abroad of form 2C/TCTW-98 item 29.
 *
 * @param arrestsOrImprisonment arrests or imprisonment: dates, place, what was declared to whom
 * @param formerRegimeWork work under the former regime: agency, place, post, period
 * @param foreignOrganisationTies membership of or ties to organisations abroad
 * @param relativesAbroad relatives (parents, spouse, children, siblings) living abroad
 */
public record PersonalHistory(
    @Size(max = Constraints.BLOCK, message = Constraints.TOO_LONG)
    @Nullable String arrestsOrImprisonment,
    @Size(max = Constraints.BLOCK, message = Constraints.TOO_LONG)
    @Nullable String formerRegimeWork,
    @Size(max = Constraints.BLOCK, message = Constraints.TOO_LONG)
    @Nullable String foreignOrganisationTies,
    @Size(max = Constraints.BLOCK, message = Constraints.TOO_LONG)
    @Nullable String relativesAbroad) {

  static final PersonalHistory EMPTY = new PersonalHistory(null, null, null, null);

  /** Creates the section, normalising every text component. */
  public PersonalHistory {
    arrestsOrImprisonment = Text.block(arrestsOrImprisonment);
    formerRegimeWork = Text.block(formerRegimeWork);
    foreignOrganisationTies = Text.block(foreignOrganisationTies);
    relativesAbroad = Text.block(relativesAbroad);
  }
}
