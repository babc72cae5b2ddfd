package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.PeriodRow;
import vn.ccvc.model.validation.ValidPeriod;

/** Checks {@link ValidPeriod}: the row's end does not lie wholly before its start. */
public final class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, PeriodRow> {

  @Override
  public boolean isValid(PeriodRow row, ConstraintValidatorContext context) {
    if (row == null) {
      return true;
    }
    PartialDate from = Dates.parse(row.from());
    PartialDate to = Dates.parse(row.to());
    if (from == null || to == null || !to.isBefore(from)) {
      return true;
    }
    Findings findings = new Findings();
    findings.add("period.endBeforeStart", "to", "value", row.to(), "from", row.from());
    return findings.report(context);
  }
}
