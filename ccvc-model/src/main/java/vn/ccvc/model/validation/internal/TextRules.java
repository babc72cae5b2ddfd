package vn.ccvc.model.validation.internal;

import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.BitSet;
import java.util.List;
import vn.ccvc.model.Photo;
import vn.ccvc.model.TextRepair;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CitizenIdFormat;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.PersonNameText;

/**
 * Checks every free text of the profile for control, format, surrogate and unassigned
 * characters, which no form field may contain. A line break is allowed where the field has
 * several lines. Fields with a format constraint of their own (names, dates, codes, numbers)
 * report such characters under that constraint instead.
 *
 * <p>Every free text and name is also checked for signs of a wrong code page: the symbols and
 * foreign letters that Vietnamese text in TCVN3 (ABC), VNI, Windows-1258 or UTF-8 turns into
 * when read as Windows-1252 or Latin-1, such as "X· Ho»ng Léc" or "BÃ¹i". Such text is reported
 * as a warning, because a repair by character would garble it further.
 */
final class TextRules {

  private static final List<Class<? extends Annotation>> FORMAT_CONSTRAINTS = List.of(
      PersonNameText.class, DateText.class, CitizenIdFormat.class, CatalogCode.class,
      Pattern.class);

  /** Flags, by component index, that mark the free-text components of each record class. */
  private static final ClassValue<boolean[]> FREE_TEXT = componentsWithout(FORMAT_CONSTRAINTS);

  /** Flags, by component index, that mark the free-text and person-name components. */
  private static final ClassValue<boolean[]> HUMAN_TEXT =
      componentsWithout(FORMAT_CONSTRAINTS.subList(1, FORMAT_CONSTRAINTS.size()));

  /**
   * Characters of the Basic Multilingual Plane that {@link #isInvalid} rejects, computed once,
   * because calling {@link Character#getType(int)} for every character of every text was the
   * largest cost of these rules in a profile of validating a full profile.
   */
  private static final BitSet INVALID_BMP = invalidBmp();

  private TextRules() {}

  static void check(RuleContext rules) {
    RecordWalker.rewrite(rules.profile, "", (path, component, index, text) -> {
      boolean freeText = FREE_TEXT.get(component.getDeclaringRecord())[index];
      int at = freeText ? indexOfInvalid(text) : -1;
      if (at >= 0) {
        int c = text.codePointAt(at);
        rules.findings.add("text.invalidCharacters", path.toString(),
            "character", String.format("U+%04X", c), "position", at + 1);
      }
      boolean humanText = HUMAN_TEXT.get(component.getDeclaringRecord())[index];
      int sign = humanText ? TextRepair.indexOfEncodingDamage(text) : -1;
      if (sign >= 0) {
        rules.findings.add("text.encodingSuspect", path.toString(), "value", text,
            "character", "\"" + text.charAt(sign) + "\"");
      }
      return text;
    });
  }

  private static ClassValue<boolean[]> componentsWithout(
      List<Class<? extends Annotation>> constraints) {
    return new ClassValue<>() {
      @Override
      protected boolean[] computeValue(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        boolean[] without = new boolean[components.length];
        if (type == Photo.class) {
          return without;
        }
        for (int i = 0; i < components.length; i++) {
          Field field = field(type, components[i].getName());
          without[i] = constraints.stream().noneMatch(field::isAnnotationPresent);
        }
        return without;
      }
    };
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Record " + type.getName() + " has no field " + name, e);
    }
  }

  /** Returns the index of the first character no form text may contain, or -1. */
  static int indexOfInvalid(String text) {
    for (int i = 0; i < text.length(); ) {
      char unit = text.charAt(i);
      if (!Character.isSurrogate(unit)) {
        if (unit != '\n' && INVALID_BMP.get(unit)) {
          return i;
        }
        i++;
        continue;
      }
      int c = text.codePointAt(i);
      if (isInvalid(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private static boolean isInvalid(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.SURROGATE || type == Character.UNASSIGNED;
  }

  private static BitSet invalidBmp() {
    BitSet invalid = new BitSet(0x10000);
    for (int c = 0; c < 0x10000; c++) {
      invalid.set(c, isInvalid(c));
    }
    return invalid;
  }
}
