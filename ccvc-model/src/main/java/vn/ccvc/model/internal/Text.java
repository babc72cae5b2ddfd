package vn.ccvc.model.internal;

import java.text.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Text normalisation applied to every text component of the model when it is constructed.
 *
 * <p>Both forms convert to Unicode NFC and treat every Unicode space separator (including the
 * no-break spaces U+00A0, U+2007 and U+202F) and tab as a space. Blank text becomes
 * {@code null}, because the form treats an empty answer and a missing one alike. Control
 * characters other than tab and line breaks are kept, so validation can report them.
 */
public final class Text {

  private Text() {}

  /**
   * Normalises a one-line value: NFC, white space of any kind (line breaks included) collapsed
   * to single spaces, and trimmed.
   *
   * @return the normalised text, or {@code null} when {@code text} is null or blank
   */
  public static @Nullable String line(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String collapsed = collapse(Normalizer.normalize(text, Normalizer.Form.NFC), true);
    return collapsed.isEmpty() ? null : collapsed;
  }

  /**
   * Normalises a multi-line value: NFC, {@code \r\n} and {@code \r} turned into {@code \n},
   * white space within each line collapsed, lines trimmed, and leading and trailing blank lines
   * removed. Blank lines between paragraphs are kept, at most one in a row.
   *
   * @return the normalised text, or {@code null} when {@code text} is null or blank
   */
  public static @Nullable String block(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingBlank = false;
    for (String rawLine : nfc.split("\n", -1)) {
      String line = collapse(rawLine, false);
      if (line.isEmpty()) {
        pendingBlank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(pendingBlank ? "\n\n" : "\n");
      }
      out.append(line);
      pendingBlank = false;
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** Returns an immutable copy of {@code list}, or an empty list for {@code null}. */
  public static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Tells whether {@code c} is white space that normalisation folds into a plain space. */
  public static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || Character.getType(c) == Character.SPACE_SEPARATOR
        || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static String collapse(String text, boolean breaksAreSpaces) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean space = isSpace(c) && (breaksAreSpaces || c != '\n');
      if (space) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }
}
