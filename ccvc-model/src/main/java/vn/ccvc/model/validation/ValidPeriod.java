package vn.ccvc.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import vn.ccvc.model.validation.internal.ValidPeriodValidator;

/**
 * The record's {@code from} and {@code to} texts, when both are dates, form a period that does
 * not end before it starts. Code {@code period.endBeforeStart}.
 */
@Documented
@Constraint(validatedBy = ValidPeriodValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ValidPeriod {

  /** Message template; its key names the validation code. */
  String message() default "{ccvc.period.endBeforeStart}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
