package vn.ccvc.model.validation.internal;

import java.util.List;
import vn.ccvc.model.Discipline;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.catalog.CodeEntry;

/**
 * Checks that each discipline form existed on its decision date: the forms changed on
 * 1 July 2025, and old records keep the old forms. A partial date is reported only when the
 * form was valid on none of the days it may stand for.
 */
final class DisciplineRules {

  private DisciplineRules() {}

  static void check(RuleContext rules) {
    List<Discipline> disciplines = rules.profile.awardsAndDiscipline().disciplines();
    for (int i = 0; i < disciplines.size(); i++) {
      Discipline discipline = disciplines.get(i);
      PartialDate date = Dates.parse(discipline.decisionDate());
      CodeEntry form = discipline.formCode() == null ? null
          : rules.catalogs.disciplineForms().find(discipline.formCode()).orElse(null);
      if (date == null || form == null) {
        continue;
      }
      if (!form.isValidOn(date.start()) && !form.isValidOn(date.end())) {
        rules.findings.add("discipline.formNotValidOnDate",
            "awardsAndDiscipline.disciplines[" + i + "].formCode", "value", form.code(),
            "name", form.name(), "date", date.toString());
      }
    }
  }
}
