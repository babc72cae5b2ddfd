package vn.ccvc.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * A person's name: the full name as written on the birth certificate, family name first, and
 * its parts.
 *
 * <p>For Kinh names the family name is the first word and the given name the last (BÙI THỊ THỦY:
 * family name Bùi, given name Thủy). Ê Đê and Gia Rai names put the clan name last (H'Hen Niê),
 * so a host that stores the parts passes them explicitly and they win over the derivation.
 * Instances are immutable.
 *
 * @param fullName the full name, normalised
 * @param familyName the family name (họ)
 * @param middleName the middle name (tên đệm), empty when there is none
 * @param givenName the given name (tên)
 */
public record PersonName(String fullName, String familyName, String middleName,
    String givenName) {

  /** Validation code of a name with digits, symbols or control characters. */
  public static final String INVALID_CHARACTERS_CODE = "name.invalidCharacters";

  /** Validation code of a missing name. */
  public static final String REQUIRED_CODE = "required";

  /** Creates a name from its already derived parts; see {@link #of}. */
  public PersonName {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(middleName, "middleName");
    Objects.requireNonNull(givenName, "givenName");
  }

  /**
   * Parses a full name and derives its parts: the first word is the family name, the last the
   * given name, and the words between the middle name.
   *
   * @throws InvalidValueException if the name is blank or contains anything but letters,
   *     combining marks, spaces, apostrophes and hyphens
   */
  public static PersonName parse(String fullName) {
    return of(fullName, null, null, null);
  }

  /**
   * Creates a name from the full name and any parts the host stores explicitly; each missing
   * part is derived from the full name as {@link #parse} does.
   *
   * @throws InvalidValueException if the full name is missing or blank, or the full name or a
   *     part contains anything but letters, combining marks, spaces, apostrophes and hyphens
   */
  public static PersonName of(@Nullable String fullName, @Nullable String familyName,
      @Nullable String middleName, @Nullable String givenName) {
    String full = Text.line(fullName);
    if (full == null) {
      throw new InvalidValueException(REQUIRED_CODE,
          "The full name is missing; enter the name as on the birth certificate.");
    }
    checkCharacters(full);
    String[] words = full.split(" ");
    String family = explicitOr(familyName, words[0]);
    String given = explicitOr(givenName, words[words.length - 1]);
    String middle = words.length > 2
        ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)) : "";
    return new PersonName(full, family, explicitOr(middleName, middle), given);
  }

  /**
   * Returns the index of the first character that may not appear in a name, or -1 when every
   * character is a letter, a combining mark, a space, an apostrophe or a hyphen.
   */
  public static int indexOfInvalidCharacter(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!isNameCharacter(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private static boolean isNameCharacter(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == ' ' || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-';
  }

  private static String explicitOr(@Nullable String explicit, String derived) {
    String part = Text.line(explicit);
    if (part == null) {
      return derived;
    }
    checkCharacters(part);
    return part;
  }

  private static void checkCharacters(String name) {
    int at = indexOfInvalidCharacter(name);
    if (at >= 0) {
      int c = name.codePointAt(at);
      throw new InvalidValueException(INVALID_CHARACTERS_CODE, String.format(
          "The name '%s' contains %s (U+%04X) at position %d; a name may hold only letters, "
              + "spaces, apostrophes and hyphens, so remove it or correct the name.",
          name, Character.isISOControl(c) ? "a control character" : "'" + Character.toString(c)
              + "'", c, at + 1));
    }
  }
}
