package vn.ccvc.model.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.catalog.Rank;
import vn.ccvc.model.catalog.SalaryScale;

/**
 * Checks item 14 and grid 31 against the salary scale: the step lies within the steps of the
 * rank's salary type, the coefficient is that step's coefficient, the history is in date order
 * and item 14 agrees with its latest entry. A rank's salary type is taken as in force on the
 * entry's date, because some titles moved to another type.
 */
final class SalaryRules {

  private SalaryRules() {}

  static void check(RuleContext rules) {
    Salary salary = rules.profile.salary();
    PartialDate effective = Dates.parse(salary.effectiveDate());
    LocalDate currentDate = effective != null ? effective.end() : rules.today;
    checkStep(rules, "salary", salary.rankCode(), salary.step(), salary.coefficient(),
        currentDate);
    List<SalaryChange> history = salary.history();
    PartialDate previous = null;
    SalaryChange latest = null;
    PartialDate latestDate = null;
    for (int i = 0; i < history.size(); i++) {
      SalaryChange change = history.get(i);
      String path = "salary.history[" + i + "]";
      PartialDate from = Dates.parse(change.from());
      checkStep(rules, path, change.rankCode(), change.step(), change.coefficient(),
          from != null ? from.end() : currentDate);
      if (from == null) {
        continue;
      }
      if (previous != null && from.compareTo(previous) < 0) {
        rules.findings.add("salary.historyNotChronological", path + ".from",
            "value", from.toString(), "previous", previous.toString());
      }
      previous = from;
      if (latestDate == null || from.compareTo(latestDate) >= 0) {
        latest = change;
        latestDate = from;
      }
    }
    if (latest != null) {
      checkCurrentMatches(rules, salary, latest, latestDate);
    }
  }

  private static void checkStep(RuleContext rules, String path, @Nullable String rankCode,
      @Nullable Integer step, @Nullable BigDecimal coefficient, LocalDate date) {
    Rank rank = rankCode == null ? null : rules.catalogs.ranks().find(rankCode).orElse(null);
    if (rank == null || step == null || step < 1) {
      return;
    }
    SalaryScale scale = rules.catalogs.salaryScale();
    String type = rank.salaryTypeOn(date);
    if (!scale.hasType(type)) {
      return;
    }
    int maxStep = scale.maxStep(type).getAsInt();
    if (step > maxStep) {
      rules.findings.add("salary.stepOutOfRange", path + ".step", "value", step,
          "rank", rankCode, "type", type, "max", maxStep);
      return;
    }
    BigDecimal expected = scale.coefficient(type, step).orElse(null);
    if (coefficient != null && expected != null && coefficient.compareTo(expected) != 0) {
      rules.findings.add("salary.coefficientNotOnScale", path + ".coefficient",
          "value", coefficient.toPlainString(), "expected", expected.toPlainString(),
          "rank", rankCode, "type", type, "step", step);
    }
  }

  private static void checkCurrentMatches(RuleContext rules, Salary salary, SalaryChange latest,
      PartialDate latestDate) {
    String field = null;
    Object current = null;
    Object recorded = null;
    if (salary.rankCode() != null && !salary.rankCode().equals(latest.rankCode())) {
      field = "rankCode";
      current = salary.rankCode();
      recorded = latest.rankCode();
    } else if (salary.step() != null && !Objects.equals(salary.step(), latest.step())) {
      field = "step";
      current = salary.step();
      recorded = latest.step();
    } else if (salary.coefficient() != null && (latest.coefficient() == null
        || salary.coefficient().compareTo(latest.coefficient()) != 0)) {
      field = "coefficient";
      current = salary.coefficient().toPlainString();
      recorded = latest.coefficient() == null ? "—" : latest.coefficient().toPlainString();
    }
    if (field != null) {
      rules.findings.add("salary.currentDiffersFromHistory", "salary." + field,
          "value", current, "history", recorded == null ? "—" : recorded,
          "date", latestDate.toString());
    }
  }
}
