package vn.ccvc.model;

import java.util.Objects;
import vn.ccvc.model.internal.Text;

/**
 * A 12-digit personal identification number (số định danh cá nhân, printed on the CCCD card),
 * laid out as {@code PPP G YY RRRRRR}: the province where the birth was registered, a digit for
 * sex and century, the last two digits of the birth year, and six random digits. There is no
 * check digit.
 *
 * <p>{@link #toString()} masks the number as {@code 038*****1234}, so an ID that reaches a log
 * by accident is not disclosed; {@link #digits()} returns it in full. Instances are immutable.
 *
 * @param digits the 12 ASCII digits
 */
public record CitizenId(String digits) {

  /** Validation code of an ID that is not exactly 12 ASCII digits. */
  public static final String FORMAT_CODE = "citizenId.format";

  /** Creates an ID, checking that {@code digits} is exactly 12 ASCII digits. */
  public CitizenId {
    Objects.requireNonNull(digits, "digits");
    if (!isWellFormed(digits)) {
      throw new InvalidValueException(FORMAT_CODE, "Citizen ID '" + mask(digits)
          + "' must be exactly 12 digits 0-9 with no spaces or other characters; "
          + "copy the number from the ID card.");
    }
  }

  /**
   * Parses an ID, ignoring surrounding white space of any kind, no-break spaces included.
   *
   * @throws InvalidValueException with code {@value #FORMAT_CODE} if the text is not 12 ASCII
   *     digits
   */
  public static CitizenId parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = Text.line(text);
    return new CitizenId(trimmed == null ? "" : trimmed);
  }

  /** Tells whether {@code text} is exactly 12 ASCII digits. */
  public static boolean isWellFormed(String text) {
    if (text.length() != 12) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Returns the three-digit code of the province where the birth was registered. */
  public String provinceCode() {
    return digits.substring(0, 3);
  }

  /** Returns the sex encoded in digit 4: even for male, odd for female. */
  public Sex sex() {
    return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the birth year encoded in digits 4–6: century {@code 1900 + 100 × (G / 2)} for
   * digit 4 {@code G}, plus the two-digit year.
   */
  public int birthYear() {
    int century = 1900 + 100 * (centuryDigit() / 2);
    return century + Integer.parseInt(digits.substring(4, 6));
  }

  /** Returns the ID with all but the first three and last four digits hidden. */
  public String masked() {
    return mask(digits);
  }

  /** Returns the masked ID, never the full number. */
  @Override
  public String toString() {
    return masked();
  }

  /**
   * Masks any text that may hold a citizen ID, for messages and logs: the first three and last
   * four characters stay, the rest become {@code *}. Text of seven characters or fewer is masked
   * whole, because showing it would show most of it.
   */
  public static String mask(String text) {
    int length = text.codePointCount(0, text.length());
    if (length <= 7) {
      return "*".repeat(length);
    }
    int headEnd = text.offsetByCodePoints(0, 3);
    int tailStart = text.offsetByCodePoints(0, length - 4);
    return text.substring(0, headEnd) + "*".repeat(length - 7) + text.substring(tailStart);
  }

  private int centuryDigit() {
    return digits.charAt(3) - '0';
  }
}
