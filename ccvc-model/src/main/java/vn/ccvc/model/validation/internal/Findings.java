package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the findings of one class-level constraint and reports each as a constraint
 * violation. The finding's path and arguments travel as the violation's dynamic payload, which
 * {@link ViolationMapper} reads back.
 */
final class Findings {

  /** Key of the payload member that holds a finding's path. */
  static final String PATH = "path";

  private final List<Finding> found = new ArrayList<>();

  void add(String code, String path, Object... keysAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      arguments.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    found.add(new Finding(code, path, arguments));
  }

  List<Finding> all() {
    return found;
  }

  /** Reports every finding on {@code context}; returns whether the bean is valid. */
  boolean report(ConstraintValidatorContext context) {
    if (found.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Finding finding : found) {
      Map<String, Object> payload = new LinkedHashMap<>(finding.arguments());
      payload.put(PATH, finding.path());
      hibernate.withDynamicPayload(payload)
          .buildConstraintViolationWithTemplate("{ccvc." + finding.code() + "}")
          .addConstraintViolation();
    }
    return false;
  }
}
