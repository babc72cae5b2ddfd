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
import vn.ccvc.model.validation.internal.DateTextValidator;

/**
 * The annotated text, when present, is a calendar date in ISO form: {@code yyyy-MM-dd},
 * {@code yyyy-MM} or {@code yyyy} (code {@code date.invalid}), and, unless {@link #future()}
 * allows it, not after today as given by the validator's {@link jakarta.validation.ClockProvider}
 * (code {@code date.future}).
 */
@Documented
@Constraint(validatedBy = DateTextValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface DateText {

  /** Whether only a year ({@code yyyy}) is accepted. */
  boolean yearOnly() default false;

  /** Whether a date after today is accepted. */
  boolean future() default false;

  /** Message template of a text that is not a date; a future date uses {@code date.future}. */
  String message() default "{ccvc.date.invalid}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
