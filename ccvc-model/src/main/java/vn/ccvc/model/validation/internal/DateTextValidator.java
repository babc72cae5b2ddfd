package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.ccvc.model.DatePrecision;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.validation.DateText;

/** Checks {@link DateText}: a calendar date of an accepted precision, and not in the future. */
public final class DateTextValidator implements ConstraintValidator<DateText, String> {

  private boolean yearOnly;
  private boolean future;

  @Override
  public void initialize(DateText annotation) {
    yearOnly = annotation.yearOnly();
    future = annotation.future();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    PartialDate date = Dates.parse(value).orElse(null);
    if (date == null || yearOnly && date.precision() != DatePrecision.YEAR) {
      String expected = yearOnly ? "yyyy" : "yyyy-MM-dd, yyyy-MM, yyyy";
      context.unwrap(HibernateConstraintValidatorContext.class)
          .withDynamicPayload(Map.of("expected", expected));
      return false;
    }
    LocalDate today = CatalogAccess.today(context);
    if (!future && date.isAfter(today)) {
      context.unwrap(HibernateConstraintValidatorContext.class)
          .withDynamicPayload(Map.of("today", today.toString()));
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("{ccvc.date.future}").addConstraintViolation();
      return false;
    }
    return true;
  }
}
