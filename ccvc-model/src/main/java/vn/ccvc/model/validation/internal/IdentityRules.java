package vn.ccvc.model.validation.internal;

import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.PartialDate;

/**
 * Checks the citizen ID against the province table, the declared sex and the birth year. Each
 * disagreement is a warning, because the number itself may be right and the profile wrong.
 */
final class IdentityRules {

  private static final String PATH = "identity.citizenId";

  private IdentityRules() {}

  static void check(RuleContext rules) {
    Identity identity = rules.profile.identity();
    String text = identity.citizenId();
    if (text == null || !CitizenId.isWellFormed(text)) {
      return;
    }
    CitizenId id = new CitizenId(text);
    String masked = id.masked();
    if (rules.catalogs.provinces().find(id.provinceCode()).isEmpty()) {
      rules.findings.add("citizenId.provinceUnknown", PATH, "value", masked,
          "province", id.provinceCode());
    }
    if (identity.sex() != null && identity.sex() != id.sex()) {
      rules.findings.add("citizenId.sexMismatch", PATH, "value", masked,
          "digit", text.charAt(3), "sex", identity.sex());
    }
    PartialDate birth = rules.birth.orElse(null);
    if (birth != null && birth.year() != id.birthYear()) {
      rules.findings.add("citizenId.birthYearMismatch", PATH, "value", masked,
          "idYear", id.birthYear(), "year", birth.year());
    }
  }
}
