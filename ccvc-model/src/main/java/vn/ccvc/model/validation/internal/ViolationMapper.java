package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Section;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Violation;

/**
 * Turns Bean Validation's constraint violations into the SDK's {@link Violation}s: the code
 * from the message template's key, the JSON path from the property path plus the finding's own
 * path, and the message from the {@link MessageCatalog}.
 */
final class ViolationMapper {

  private static final String TEMPLATE_PREFIX = "{ccvc.";
  private static final int MAX_VALUE_LENGTH = 60;
  private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]");
  /** A run of 12 or more digits, which may hold a citizen ID. */
  private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{12,}");
  /** Splits a path before each list index and at each dot: {@code a[2].b} to a, [2], b. */
  private static final Pattern PATH_SEGMENTS = Pattern.compile("(?=\\[)|\\.");
  private static final Set<String> ANNOTATION_MEMBERS = Set.of("message", "groups", "payload");

  private final MessageCatalog messages;
  private final Map<String, Severity> severities;

  ViolationMapper(MessageCatalog messages, Map<String, Severity> severities) {
    this.messages = messages;
    this.severities = severities;
  }

  Violation map(ConstraintViolation<Profile> violation) {
    String template = violation.getMessageTemplate();
    if (!template.startsWith(TEMPLATE_PREFIX) || !template.endsWith("}")) {
      throw new IllegalStateException("Constraint without a ccvc message template: "
          + violation.getConstraintDescriptor().getAnnotation());
    }
    String code = template.substring(TEMPLATE_PREFIX.length(), template.length() - 1);
    Map<String, Object> arguments = new LinkedHashMap<>();
    violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
      if (!ANNOTATION_MEMBERS.contains(name)) {
        arguments.put(name, value);
      }
    });
    String path = jsonPath(violation.getPropertyPath());
    Object invalid = violation.getInvalidValue();
    if (invalid instanceof CharSequence || invalid instanceof Number) {
      arguments.put("value", invalid);
      arguments.put("length", invalid.toString().length());
    }
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    Map<?, ?> payload = hibernate.getDynamicPayload(Map.class);
    if (payload != null) {
      payload.forEach((key, value) -> arguments.put(key.toString(), value));
    }
    return create(code, path, arguments);
  }

  /** Creates a violation of {@code code} at {@code path} with message arguments. */
  Violation create(String code, String path, Map<String, Object> arguments) {
    String normalised = withoutIndices(path);
    Map<String, Object> shown = new LinkedHashMap<>(arguments);
    shown.computeIfPresent("value", (k, v) -> display(normalised, v));
    shown.put("field", messages.label(normalised));
    int dot = normalised.indexOf('.');
    Section section = Section.ofJsonName(dot < 0 ? normalised : normalised.substring(0, dot));
    Severity severity = severities.getOrDefault(code, Severity.ERROR);
    return new Violation(code, severity, section, messages.item(normalised), path,
        messages.format(code, shown));
  }

  private static Object display(String normalisedPath, Object value) {
    String text = value.toString();
    if (normalisedPath.equals("identity.citizenId")
        || normalisedPath.equals("identity.formerIdNumber")) {
      return CitizenId.mask(text);
    }
    // A citizen ID typed into another field, alone or inside a longer number, is masked too.
    text = LONG_DIGIT_RUN.matcher(text).replaceAll(run -> CitizenId.mask(run.group()));
    if (text.length() > MAX_VALUE_LENGTH) {
      return text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
    return text;
  }

  /** Returns a JSON path with its list indices removed: {@code salary.history.step}. */
  private static String withoutIndices(String path) {
    return path.indexOf('[') < 0 ? path : LIST_INDEX.matcher(path).replaceAll("");
  }

  /** Orders violations by section, then by the form's order of their fields, then by path. */
  Comparator<Violation> order() {
    return Comparator.comparing(Violation::section)
        .thenComparingInt(v -> messages.order(withoutIndices(v.path())))
        .thenComparing(Violation::path, ViolationMapper::comparePaths)
        .thenComparing(Violation::code);
  }

  /** Orders paths segment by segment and list indices as numbers, so a[2] comes before a[10]. */
  private static int comparePaths(String left, String right) {
    String[] a = PATH_SEGMENTS.split(left);
    String[] b = PATH_SEGMENTS.split(right);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = compareSegments(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int compareSegments(String a, String b) {
    if (a.startsWith("[") && b.startsWith("[")) {
      return Integer.compare(Integer.parseInt(a.substring(1, a.length() - 1)),
          Integer.parseInt(b.substring(1, b.length() - 1)));
    }
    return a.compareTo(b);
  }

  /** Returns the JSON path of a Bean Validation property path: {@code salary.history[2].step}. */
  static String jsonPath(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : propertyPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null && isProperty(node)) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(node.getName());
      }
    }
    return out.toString();
  }

  private static boolean isProperty(Path.Node node) {
    return switch (node.getKind()) {
      case PROPERTY -> true;
      default -> false;
    };
  }
}
