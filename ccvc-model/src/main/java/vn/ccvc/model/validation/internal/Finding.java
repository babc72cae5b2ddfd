package vn.ccvc.model.validation.internal;

import java.util.Map;

/**
 * A rule broken inside a bean, found by a class-level constraint.
 *
 * @param code the violation code
 * @param path JSON path of the field relative to the validated bean
 * @param arguments values for the message placeholders, such as {@code value}
 */
record Finding(String code, String path, Map<String, Object> arguments) {

  Finding {
    arguments = Map.copyOf(arguments);
  }
}
