package vn.ccvc.credentials;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;

/** Checks and splits the citizen ID and names of a request, without normalising them first. */
final class Names {

  private Names() {}

  /**
   * Returns the citizen ID's 12 digits, ignoring white space around them.
   *
   * @throws CredentialException with {@link CredentialException#CITIZEN_ID_MISSING} if it is
   *     blank, or {@link CredentialException#CITIZEN_ID_FORMAT} if it is not 12 ASCII digits
   */
  static String citizenIdDigits(String text) {
    String id = CitizenId.isWellFormed(text) ? text : trim(text);
    if (id.isEmpty()) {
      throw new CredentialException(CredentialException.CITIZEN_ID_MISSING,
          "The citizen ID is missing; enter the 12-digit number from the citizen ID card.");
    }
    if (CitizenId.isWellFormed(id)) {
      return id;
    }
    String hint = id.length() == 9 && id.chars().allMatch(c -> c >= '0' && c <= '9')
        ? " A 9-digit number is an old identity card (CMND), which is not a user name."
        : "";
    throw new CredentialException(CredentialException.CITIZEN_ID_FORMAT, "The citizen ID '"
        + CitizenId.mask(id) + "' is not exactly 12 digits 0-9." + hint
        + " Enter the 12-digit number from the citizen ID card.");
  }

  /**
   * Checks that a name contains only letters, combining marks, white space, apostrophes and
   * hyphens.
   *
   * @param field the name of the field, for the message
   * @throws CredentialException with {@link CredentialException#NAME_DIGITS} for a digit, or
   *     {@link CredentialException#NAME_INVALID_CHARACTER} for any other character
   */
  static void checkCharacters(String name, String field) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isDigit(c)) {
        throw new CredentialException(CredentialException.NAME_DIGITS, String.format(
            "The %s '%s' contains the digit '%s' at position %d; a name has no digits, so check "
                + "that the columns are not swapped and correct the name.",
            field, name, Character.toString(c), i + 1));
      }
      if (!isNameCharacter(c)) {
        throw new CredentialException(CredentialException.NAME_INVALID_CHARACTER, String.format(
            "The %s '%s' contains %s (U+%04X) at position %d; a name may contain only letters, "
                + "spaces, apostrophes and hyphens. Correct the name, or convert a spreadsheet "
                + "typed in the old TCVN3 or VNI encoding to Unicode first.",
            field, name, describe(c), c, i + 1));
      }
      i += Character.charCount(c);
    }
  }

  /** Tells whether {@code text} is null or contains only white space. */
  static boolean isBlank(@Nullable String text) {
    return text == null || trim(text).isEmpty();
  }

  /** Returns the first word of {@code text}, or an empty string when it has none. */
  static String firstWord(String text) {
    int start = 0;
    while (start < text.length() && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    int end = start;
    while (end < text.length() && !isSpace(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return text.substring(start, end);
  }

  /** Returns the last word of {@code text}, or an empty string when it has none. */
  static String lastWord(String text) {
    int end = text.length();
    while (end > 0 && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    int start = end;
    while (start > 0 && !isSpace(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    return text.substring(start, end);
  }

  /** Returns {@code text} without the white space of any kind around it. */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** Tells whether {@code c} is white space, no-break spaces included. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isNameCharacter(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || isSpace(c)
        || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-';
  }

  private static String describe(int c) {
    return Character.isISOControl(c) ? "a control character" : "'" + Character.toString(c) + "'";
  }
}
