package vn.ccvc.model.validation.internal;

import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ccvc.model.Photo;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CitizenIdFormat;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.PersonNameText;

/**
 * Checks every free text of the profile for control, format, surrogate and unassigned
 * characters, which no form field may contain. A line break is allowed where the field has
 * several lines. Fields with a format constraint of their own (names, dates, codes, numbers)
 * report such characters under that constraint instead.
 */
final class TextRules {

  private static final List<Class<? extends Annotation>> FORMAT_CONSTRAINTS = List.of(
      PersonNameText.class, DateText.class, CitizenIdFormat.class, CatalogCode.class,
      Pattern.class);

  /** Names of the free-text components of each record class. */
  private static final ClassValue<Set<String>> FREE_TEXT = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> type) {
      if (type == Photo.class) {
        return Set.of();
      }
      Set<String> names = new HashSet<>();
      for (Field field : type.getDeclaredFields()) {
        if (FORMAT_CONSTRAINTS.stream().noneMatch(field::isAnnotationPresent)) {
          names.add(field.getName());
        }
      }
      return Set.copyOf(names);
    }
  };

  private TextRules() {}

  static void check(RuleContext rules) {
    RecordWalker.rewrite(rules.profile, "", (path, component, text) -> {
      boolean freeText = FREE_TEXT.get(component.getDeclaringRecord())
          .contains(component.getName());
      int at = freeText ? indexOfInvalid(text) : -1;
      if (at >= 0) {
        int c = text.codePointAt(at);
        rules.findings.add("text.invalidCharacters", path,
            "character", String.format("U+%04X", c), "position", at + 1);
      }
      return text;
    });
  }

  /** Returns the index of the first character no form text may contain, or -1. */
  static int indexOfInvalid(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      boolean invalid = c != '\n' && (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.UNASSIGNED);
      if (invalid) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }
}
