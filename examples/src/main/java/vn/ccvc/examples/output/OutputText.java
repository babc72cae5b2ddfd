package vn.ccvc.examples.output;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;

/**
 * Prepares text for the terminal: masks anything shaped like a citizen ID and, for
 * {@code --ascii}, folds Vietnamese to plain ASCII. Instances are immutable and thread-safe.
 */
public final class OutputText {

  /** Twelve or thirteen digits in a row: a citizen ID alone or with one digit too many. */
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12,13}(?!\\d)");

  /**
   * The same number of digits grouped by single spaces, dots or hyphens, as in
   * {@code 038-185-011-234}. Longer runs, such as the numbers in temporary folder names, are
   * not IDs and stay readable.
   */
  private static final Pattern GROUPED_DIGITS =
      Pattern.compile("(?<![\\d*])\\d(?:[ .-]?\\d){11,12}(?![ .-]?\\d)");

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private final boolean ascii;

  /** Creates the preparer; {@code ascii} selects folding to ASCII. */
  public OutputText(boolean ascii) {
    this.ascii = ascii;
  }

  /** Returns {@code text} with citizen IDs masked and, if requested, folded to ASCII. */
  public String prepare(String text) {
    String masked = maskCitizenIds(text);
    return ascii ? foldToAscii(masked) : masked;
  }

  /**
   * Masks every run of 12 or 13 digits, grouped or not, with {@link CitizenId#mask}, as a guard
   * for text the tool prints that the SDK did not already mask, such as a file name.
   */
  public static String maskCitizenIds(String text) {
    // Plain runs first: their stars then keep a grouped match from joining two of them.
    String plain = TWELVE_DIGITS.matcher(text).replaceAll(run -> CitizenId.mask(run.group()));
    return GROUPED_DIGITS.matcher(plain).replaceAll(run -> CitizenId.mask(run.group()));
  }

  /**
   * Folds text to ASCII: diacritics dropped ({@code Nguyễn} to {@code Nguyen}), {@code đ} to
   * {@code d}, {@code Đ} to {@code D}, typographic quotes and dashes to their ASCII forms, and
   * any other character outside ASCII to {@code ?}.
   */
  public static String foldToAscii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    StringBuilder folded = new StringBuilder(stripped.length());
    stripped.codePoints().forEach(c -> folded.append(asciiFor(c)));
    return folded.toString();
  }

  /**
   * Replaces every control character (such as ESC, BEL, CR and LF), format character (such as
   * the right-to-left override) and line or paragraph separator with its code point written as
   * {@code U+001B}, so text from a file cannot move the cursor, change colours or break a line
   * of the output.
   */
  public static String escapeControls(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c)) {
        if (escaped == null) {
          escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        escaped.append(String.format("U+%04X", (int) c));
      } else if (escaped != null) {
        escaped.append(c);
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** Joins the lines of a message with spaces, so it fits the one-line error format. */
  public static String oneLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "no detail";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String asciiFor(int c) {
    if (c < 0x80) {
      return Character.toString(c);
    }
    return switch (c) {
      case 'đ' -> "d";
      case 'Đ' -> "D";
      case '‘', '’', '‚', '′' -> "'";
      case '“', '”', '„', '″' -> "\"";
      case '–', '—', '−' -> "-";
      case '…' -> "...";
      case '·', '•' -> "-";
      case '\u00a0', '\u2007', '\u202f' -> " ";
      default -> "?";
    };
  }
}
