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
    PartialDate date = Dates.parse(value);
    if (date == null || yearOnly && date.precision() != DatePrecision.YEAR) {
      // A year-only field gets the short message, which asks for a year alone.
      Map<String, Object> payload = yearOnly ? Map.of()
          : Map.of("expected", "yyyy-MM-dd, yyyy-MM, yyyy");
      context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(payload);
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
