package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.DateText;

/**
 * Section X, party, organisations and military service (Đảng, đoàn thể, quân ngũ): items 16–18.
 *
 * @param partyAdmissionDate item 16, date of admission to the Communist Party of Vietnam
 * @param partyOfficialDate item 16, date of official membership
 * @param organisations item 17, socio-political organisations
 * @param enlistmentDate item 18, date of enlistment
 * @param dischargeDate item 18, date of discharge
 * @param highestMilitaryRank item 18, highest military rank
 */
public record PartyAndMilitary(
    @DateText
    @Nullable String partyAdmissionDate,
    @DateText
    @Nullable String partyOfficialDate,
    List<@Valid Membership> organisations,
    @DateText
    @Nullable String enlistmentDate,
    @DateText
    @Nullable String dischargeDate,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String highestMilitaryRank) {

  static final PartyAndMilitary EMPTY = new PartyAndMilitary(null, null, null, null, null, null);

  /** Creates the section, normalising every text component; a missing list is read as empty. */
  public PartyAndMilitary(
      @Nullable String partyAdmissionDate,
      @Nullable String partyOfficialDate,
      @Nullable List<Membership> organisations,
      @Nullable String enlistmentDate,
      @Nullable String dischargeDate,
      @Nullable String highestMilitaryRank) {
    this.partyAdmissionDate = Text.line(partyAdmissionDate);
    this.partyOfficialDate = Text.line(partyOfficialDate);
    this.organisations = Text.list(organisations);
    this.enlistmentDate = Text.line(enlistmentDate);
    this.dischargeDate = Text.line(dischargeDate);
    this.highestMilitaryRank = Text.line(highestMilitaryRank);
  }
}
