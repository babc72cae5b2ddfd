package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the findings of one class-level constraint and reports each as a constraint
 * violation. The finding's path becomes the violation's property path, so Bean Validation
 * keeps two findings of the same rule on different fields apart, and its arguments travel as
 * the dynamic payload that {@link ViolationMapper} reads back.
 */
final class Findings {

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
      ConstraintViolationBuilder builder = hibernate
          .withDynamicPayload(new LinkedHashMap<>(finding.arguments()))
          .buildConstraintViolationWithTemplate("{ccvc." + finding.code() + "}");
      addPath(builder, finding.path());
    }
    return false;
  }

  /**
   * Adds the property nodes of a path such as {@code salary.history[2].coefficient} and the
   * violation. Bean Validation puts a list index on the node after the list, so the index of
   * one segment is set on the next segment's node.
   */
  private static void addPath(ConstraintViolationBuilder builder, String path) {
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext closed = null;
    Integer pendingIndex = null;
    for (String segment : path.split("\\.")) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      NodeBuilderCustomizableContext node = closed != null ? closed.addPropertyNode(name)
          : open != null ? open.addPropertyNode(name) : builder.addPropertyNode(name);
      if (pendingIndex != null) {
        closed = node.inIterable().atIndex(pendingIndex);
        open = null;
      } else {
        open = node;
        closed = null;
      }
      pendingIndex = bracket < 0 ? null
          : Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
    }
    if (closed != null) {
      closed.addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }
}
