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
import vn.ccvc.model.validation.internal.PersonNameTextValidator;

/**
 * The annotated text, when present, holds only letters, combining marks, spaces, apostrophes
 * and hyphens, as a person's name does. Code {@code name.invalidCharacters}.
 */
@Documented
@Constraint(validatedBy = PersonNameTextValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PersonNameText {

  /** Message template; its key names the validation code. */
  String message() default "{ccvc.name.invalidCharacters}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
