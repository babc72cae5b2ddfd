package vn.ccvc.model.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import vn.ccvc.model.validation.internal.CitizenIdFormatValidator;

/**
 * The annotated text, when present, is a citizen ID of exactly 12 ASCII digits. Code
 * {@code citizenId.format}.
 */
@Documented
@Constraint(validatedBy = CitizenIdFormatValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface CitizenIdFormat {

  /** Message template; its key names the validation code. */
  String message() default "{ccvc.citizenId.format}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
