package vn.ccvc.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import vn.ccvc.model.validation.internal.ConsistentProfileValidator;

/**
 * The profile's sections agree with each other and with the catalogues. Checked together: the
 * citizen ID against the declared sex and birth year, events against the birth date, the salary
 * against the scale and its history, party and military dates, relatives' birth years, and
 * discipline forms against their decision dates. Each rule reports its own code, listed in
 * {@code docs/profile-format.md}.
 */
@Documented
@Constraint(validatedBy = ConsistentProfileValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentProfile {

  /** Message template; its key names the validation code. */
  String message() default "{ccvc.profile.inconsistent}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
