package vn.ccvc.model.validation.internal;

import vn.ccvc.model.PartialDate;
import vn.ccvc.model.PartyAndMilitary;

/**
 * Checks item 16 (official party membership follows admission after a 12-month probation) and
 * item 18 (discharge follows enlistment).
 */
final class PartyAndMilitaryRules {

  private static final int PROBATION_MONTHS = 12;

  private PartyAndMilitaryRules() {}

  static void check(RuleContext rules) {
    PartyAndMilitary party = rules.profile.partyAndMilitary();
    PartialDate admission = Dates.parse(party.partyAdmissionDate());
    PartialDate official = Dates.parse(party.partyOfficialDate());
    if (admission != null && official != null) {
      if (official.isBefore(admission)) {
        rules.findings.add("party.officialBeforeAdmission", "partyAndMilitary.partyOfficialDate",
            "value", official.toString(), "admission", admission.toString());
      } else if (official.end().isBefore(admission.start().plusMonths(PROBATION_MONTHS))) {
        rules.findings.add("party.probationTooShort", "partyAndMilitary.partyOfficialDate",
            "value", official.toString(), "admission", admission.toString(),
            "months", PROBATION_MONTHS);
      }
    }
    PartialDate enlistment = Dates.parse(party.enlistmentDate());
    PartialDate discharge = Dates.parse(party.dischargeDate());
    if (enlistment != null && discharge != null && discharge.isBefore(enlistment)) {
      rules.findings.add("military.dischargeBeforeEnlistment", "partyAndMilitary.dischargeDate",
          "value", discharge.toString(), "enlistment", enlistment.toString());
    }
  }
}
