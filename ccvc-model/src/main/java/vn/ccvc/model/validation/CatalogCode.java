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
import vn.ccvc.model.validation.internal.CatalogCodeValidator;

/**
 * The annotated text, when present, is a code of the named catalogue, as loaded by the
 * validator's {@link vn.ccvc.model.catalog.Catalogs}. Code {@code catalog.unknownCode}.
 */
@Documented
@Constraint(validatedBy = CatalogCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface CatalogCode {

  /** The catalogue the code belongs to. */
  CatalogName value();

  /** Message template; its key names the validation code. */
  String message() default "{ccvc.catalog.unknownCode}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
