package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.ccvc.model.catalog.Catalogs;

/** Reaches the catalogues and today's date from inside a constraint validator. */
final class CatalogAccess {

  private CatalogAccess() {}

  /**
   * Returns the catalogues the validator factory was given as constraint-validator payload, or
   * the bundled ones when a host runs its own Bean Validation without that payload.
   */
  static Catalogs catalogs(ConstraintValidatorContext context) {
    Catalogs catalogs = context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(Catalogs.class);
    return catalogs != null ? catalogs : Catalogs.defaults();
  }

  /** Returns today's date by the validator's clock provider. */
  static LocalDate today(ConstraintValidatorContext context) {
    return LocalDate.now(context.getClockProvider().getClock());
  }
}
