package vn.ccvc.credentials.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.TextRepair;

/**
 * Folds Latin letters with diacritics to ASCII letters, as the initial-password scheme and the
 * password policy need: the letter's Unicode canonical decomposition (NFD) without its combining
 * marks, with {@code đ}→{@code d}, {@code Đ}→{@code D}, and the Ê Đê letters {@code ƀ}→{@code b}
 * and {@code Ƀ}→{@code B}, which do not decompose.
 *
 * <p>Letters that {@link TextRepair} replaces, such as the eth {@code Ð} or the dotted capital
 * {@code İ}, are deliberately not foldable here, so that a caller sends the text through the
 * repair and reports it. The folding is a table lookup for U+0000–U+024F and U+1E00–U+1EFF,
 * built once; every other letter is not foldable.
 *
 * <p>The class is stateless and safe to use from any thread.
 */
public final class Folding {

  /** Marker of a character that folding drops: a combining mark, apostrophe or hyphen. */
  public static final char DROP = '\u0001';

  /** Marker of a character that has no ASCII letter. */
  public static final char NONE = '\u0000';

  private static final int EXTENDED_START = 0x1E00;
  private static final char[] BASIC = table(0, 0x250);
  private static final char[] EXTENDED = table(EXTENDED_START, EXTENDED_START + 0x100);

  private Folding() {}

  /**
   * Returns the ASCII letter that {@code c} folds to, {@link #DROP} for a combining mark, an
   * apostrophe ({@code '}, {@code ’} or {@code ʼ}) or a hyphen, and {@link #NONE} for any other
   * character.
   */
  public static char fold(int c) {
    if (c < BASIC.length) {
      return BASIC[c];
    }
    if (c >= EXTENDED_START && c < EXTENDED_START + EXTENDED.length) {
      return EXTENDED[c - EXTENDED_START];
    }
    return isDropped(c) ? DROP : NONE;
  }

  /**
   * Folds a word to ASCII letters, keeping their case and dropping what {@link #fold} drops.
   *
   * @return the folded letters, or {@code null} if a character of {@code word} is not foldable
   */
  public static @Nullable String foldWord(CharSequence word) {
    StringBuilder out = new StringBuilder(word.length());
    int at = indexOfUnfoldable(word, out);
    return at < 0 ? out.toString() : null;
  }

  /**
   * Folds {@code word} into {@code out} up to its first character that is not foldable.
   *
   * @return the UTF-16 index of that character, or -1 when the whole word folded
   */
  public static int indexOfUnfoldable(CharSequence word, StringBuilder out) {
    for (int i = 0; i < word.length(); ) {
      int c = Character.codePointAt(word, i);
      char folded = fold(c);
      if (folded == NONE) {
        return i;
      }
      if (folded != DROP) {
        out.append(folded);
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /**
   * Folds any text loosely for comparisons that ignore case and diacritics: NFKC, then each
   * foldable character as {@link #fold} folds it, in lower case. Apostrophes and hyphens are
   * kept, and characters that do not fold are kept in lower case.
   */
  public static String foldLoosely(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(compatible.length());
    for (int i = 0; i < compatible.length(); ) {
      int c = compatible.codePointAt(i);
      i += Character.charCount(c);
      char folded = fold(c);
      if (folded == NONE || isApostropheOrHyphen(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
      } else if (folded != DROP) {
        out.append(Character.toLowerCase(folded));
      }
    }
    return out.toString();
  }

  /** Tells whether {@code c} is an apostrophe ({@code '}, {@code ’}, {@code ʼ}) or a hyphen. */
  public static boolean isApostropheOrHyphen(int c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-';
  }

  private static boolean isDropped(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || isApostropheOrHyphen(c);
  }

  private static char[] table(int start, int end) {
    char[] table = new char[end - start];
    for (int c = start; c < end; c++) {
      table[c - start] = computeFold(c);
    }
    return table;
  }

  private static char computeFold(int c) {
    if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
      return (char) c;
    }
    if (isDropped(c)) {
      return DROP;
    }
    switch (c) {
      case 'đ':
        return 'd';
      case 'Đ':
        return 'D';
      case 'ƀ':
        return 'b';
      case 'Ƀ':
        return 'B';
      default:
        break;
    }
    if (!Character.isLetter(c) || TextRepair.of(Character.toString(c)).changed()) {
      return NONE;
    }
    return baseLetter(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD));
  }

  /** Returns the ASCII base of a decomposed letter, or NONE when it has another base. */
  private static char baseLetter(String decomposed) {
    char base = decomposed.charAt(0);
    boolean ascii = base >= 'A' && base <= 'Z' || base >= 'a' && base <= 'z';
    if (!ascii) {
      return NONE;
    }
    for (int i = 1; i < decomposed.length(); i++) {
      if (!isDropped(decomposed.charAt(i)) || isApostropheOrHyphen(decomposed.charAt(i))) {
        return NONE;
      }
    }
    return base;
  }
}
