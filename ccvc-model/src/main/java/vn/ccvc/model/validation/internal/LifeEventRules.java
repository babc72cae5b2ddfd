package vn.ccvc.model.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AwardsAndDiscipline;
import vn.ccvc.model.Employment;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.PartyAndMilitary;
import vn.ccvc.model.Profile;

/**
 * Checks the person's own events against their birth date: none may lie before it, and
 * recruitment and party admission come at 18 or later. A date known only by month or year is
 * reported only when every day it may stand for breaks the rule.
 */
final class LifeEventRules {

  private static final int ADULT_AGE = 18;

  private LifeEventRules() {}

  static void check(RuleContext rules) {
    PartialDate birth = rules.birth.orElse(null);
    if (birth == null) {
      return;
    }
    for (Event event : events(rules.profile)) {
      PartialDate date = Dates.parse(event.text());
      if (date != null && date.isBefore(birth)) {
        rules.findings.add("date.beforeBirth", event.path(), "value", event.text(),
            "birth", birth.toString());
      }
    }
    checkAdult(rules, birth, "recruitment.underage", "employment.recruitmentDate",
        rules.profile.employment().recruitmentDate());
    checkAdult(rules, birth, "party.admissionUnderage", "partyAndMilitary.partyAdmissionDate",
        rules.profile.partyAndMilitary().partyAdmissionDate());
  }

  private static void checkAdult(RuleContext rules, PartialDate birth, String code, String path,
      @Nullable String text) {
    PartialDate date = Dates.parse(text);
    if (date != null && !date.isBefore(birth)
        && date.end().isBefore(birth.start().plusYears(ADULT_AGE))) {
      rules.findings.add(code, path, "value", text, "birth", birth.toString(),
          "age", ADULT_AGE);
    }
  }

  /** Returns each event date of the person that is present. */
  private static List<Event> events(Profile profile) {
    List<Event> events = new ArrayList<>();
    add(events, "identity.citizenIdIssueDate", profile.identity().citizenIdIssueDate());
    Employment employment = profile.employment();
    add(events, "employment.recruitmentDate", employment.recruitmentDate());
    add(events, "employment.joinedCurrentAgencyDate", employment.joinedCurrentAgencyDate());
    add(events, "employment.joinedRevolutionDate", employment.joinedRevolutionDate());
    addRows(events, "qualifications.training", profile.qualifications().training(),
        t -> t.from(), "from");
    addRows(events, "workHistory.entries", profile.workHistory().entries(), w -> w.from(),
        "from");
    add(events, "salary.effectiveDate", profile.salary().effectiveDate());
    addRows(events, "salary.history", profile.salary().history(), s -> s.from(), "from");
    AwardsAndDiscipline awards = profile.awardsAndDiscipline();
    addRows(events, "awardsAndDiscipline.awards", awards.awards(), a -> a.year(), "year");
    addRows(events, "awardsAndDiscipline.disciplines", awards.disciplines(),
        d -> d.decisionDate(), "decisionDate");
    addRows(events, "awardsAndDiscipline.yearlyRatings", awards.yearlyRatings(), r -> r.year(),
        "year");
    PartyAndMilitary party = profile.partyAndMilitary();
    add(events, "partyAndMilitary.partyAdmissionDate", party.partyAdmissionDate());
    add(events, "partyAndMilitary.partyOfficialDate", party.partyOfficialDate());
    addRows(events, "partyAndMilitary.organisations", party.organisations(),
        m -> m.joinDate(), "joinDate");
    add(events, "partyAndMilitary.enlistmentDate", party.enlistmentDate());
    add(events, "partyAndMilitary.dischargeDate", party.dischargeDate());
    return events;
  }

  private static void add(List<Event> events, String path, @Nullable String text) {
    if (text != null) {
      events.add(new Event(path, -1, "", text));
    }
  }

  private static <T> void addRows(List<Event> events, String listPath, List<T> rows,
      Function<T, @Nullable String> date, String field) {
    for (int i = 0; i < rows.size(); i++) {
      String text = date.apply(rows.get(i));
      if (text != null) {
        events.add(new Event(listPath, i, field, text));
      }
    }
  }

  /**
   * One event date. The path of a row's date is built only when a finding needs it.
   *
   * @param prefix the path of the field, or of the list for a row's date
   * @param index the row's index in the list, or -1 for a field outside lists
   * @param field the date's component in the row, empty for a field outside lists
   * @param text the date as typed
   */
  private record Event(String prefix, int index, String field, String text) {

    String path() {
      return index < 0 ? prefix : prefix + "[" + index + "]." + field;
    }
  }
}
