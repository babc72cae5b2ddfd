package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.validation.CitizenIdFormat;

/** Checks {@link CitizenIdFormat}; a missing value is left to the required-field rule. */
public final class CitizenIdFormatValidator
    implements ConstraintValidator<CitizenIdFormat, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || CitizenId.isWellFormed(value);
  }
}
