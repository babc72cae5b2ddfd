package vn.ccvc.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Replaces characters that look like Vietnamese letters but are other characters, as old
 * code-page conversions, foreign keyboards and copy-paste leave them in names, and returns the
 * text in Unicode NFC.
 *
 * <p>Only characters that never occur in Vietnamese text are replaced, each by the one letter it
 * stands for:
 *
 * <ul>
 *   <li>Đ and đ: the eth Ð (U+00D0) and ð (U+00F0), which is what Windows-1258 bytes 0xD0 and
 *       0xF0 become when read as Latin-1 and what many fonts draw exactly like Đ and đ; the
 *       African D Ɖ (U+0189) and its lower case ɖ (U+0256).
 *   <li>Ư and ư: Ƣ (U+01A2) and ƣ (U+01A3), which text copied out of PDF files often contains in
 *       place of ư, as in "Trƣờng".
 *   <li>I and i: İ (U+0130) and ı (U+0131), which Turkish-locale case conversion makes of i and I.
 *   <li>Latin letters typed on a Cyrillic or Greek keyboard: Cyrillic А В Е К М Н О Р С Т Х І Ј
 *       Ѕ Ү а е о р с у х і ј ѕ һ ԁ ԛ ԝ, Greek Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ ο ν υ ι ρ, with any
 *       accent they carry (Cyrillic ѐ becomes è, ӑ becomes ă). They are replaced only in a word
 *       whose every Cyrillic or Greek letter has a Latin look-alike, so a word written in those
 *       scripts, such as the Russian name Иван, is kept.
 *   <li>Latin alpha ɑ and script ɡ.
 *   <li>Full-width Latin letters (U+FF21–U+FF5A) from East Asian input methods.
 * </ul>
 *
 * <p>Letters such as Õ, Ý, Ã, Ì and Ò are Vietnamese and are never touched, even though a
 * misread Windows-1258 text also produces them. Text in the old TCVN3 (ABC) or VNI encodings
 * read as Windows-1252 ("Nguyeãn Vaên", "NguyÔn V¨n") is not repaired either: most of its
 * characters are themselves Vietnamese letters, so it needs conversion as a whole before import,
 * and replacing its stray symbols one by one would hide the damage. Any character that is not a
 * Vietnamese letter and has no replacement here is left as it is, for validation to report.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class TextRepair {

  private static final Map<Integer, Integer> LOOK_ALIKES = lookAlikes();

  /**
   * Letters and symbols that mis-decoded Vietnamese text often contains, besides the Latin-1
   * symbols U+00A1–U+00BF: Latin-1 letters outside the Vietnamese and Ê Đê alphabets, and the
   * Windows-1252 punctuation and letters of bytes 0x80–0x9F.
   */
  private static final String MOJIBAKE_SIGNS = "ÄÅÆÇËÎÏÖ×ØÛÜÞäåæçëîïö÷øûüþÿ"
      + "\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC"
      + "\u2020\u2021\u2022\u2030\u2039\u203A\u20AC\u2122";

  /** {@link #MOJIBAKE_SIGNS} and U+00A1–U+00BF as a set of UTF-16 units, for a fast lookup. */
  private static final BitSet ENCODING_DAMAGE = encodingDamage();

  /**
   * Code points of the Basic Multilingual Plane that may need repair: the look-alikes, every
   * Cyrillic and Greek character, and every character whose decomposition starts with a
   * look-alike. Text without any of them, in NFC, is returned as it is without further work.
   */
  private static final BitSet CANDIDATES = candidates();

  private static final int SCAN_CANDIDATE = 0;
  private static final int SCAN_NFC = 1;
  private static final int SCAN_UNKNOWN = 2;

  private final String original;
  private final String repaired;
  private final List<Replacement> replacements;

  private TextRepair(String original, String repaired, List<Replacement> replacements) {
    this.original = original;
    this.repaired = repaired;
    this.replacements = List.copyOf(replacements);
  }

  /**
   * Repairs {@code text} and records each replacement. The text is first normalised to NFC, and
   * each replaced letter is kept together with the accents that follow it.
   */
  public static TextRepair of(String text) {
    Objects.requireNonNull(text, "text");
    int scan = scan(text);
    boolean unchanged = scan == SCAN_NFC
        || scan == SCAN_UNKNOWN && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    if (unchanged) {
      return new TextRepair(text, text, List.of());
    }
    String normalised = nfc(text);
    StringBuilder out = new StringBuilder(normalised.length());
    List<Replacement> replacements = new ArrayList<>();
    for (int start = 0; start < normalised.length(); ) {
      int end = wordEnd(normalised, start);
      boolean swapScripts = isLookAlikeWord(normalised.substring(start, end));
      for (int at = start; at < end; ) {
        int clusterEnd = clusterEnd(normalised, at);
        String cluster = normalised.substring(at, clusterEnd);
        String repairedCluster = repairCluster(cluster, swapScripts);
        if (!repairedCluster.equals(cluster)) {
          replacements.add(new Replacement(at, cluster.codePointAt(0), repairedCluster));
        }
        out.append(repairedCluster);
        at = clusterEnd;
      }
      start = end;
    }
    return new TextRepair(text, nfc(out), replacements);
  }

  /**
   * Returns the index of the first sign that {@code text} is Vietnamese decoded with the wrong
   * code page, or -1. The signs are the Latin-1 symbols U+00A1–U+00BF, Latin-1 letters outside
   * the Vietnamese alphabet (such as ï, Þ, ö, û, but not ñ, which Ê Đê names use) and the
   * Windows-1252 characters of bytes 0x80–0x9F, which text in TCVN3 (ABC), VNI, Windows-1258
   * or UTF-8 turns into when read as Windows-1252 or Latin-1: "Bïi ThÞ Thñy", "Ñaëng Vaên Ñöùc", "BÃ¹i". Such text cannot be
   * repaired character by character, so {@link #of} leaves it alone and callers should reject
   * or flag it. A foreign name with such a letter, such as Müller, is reported too.
   */
  public static int indexOfEncodingDamage(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xA1 && ENCODING_DAMAGE.get(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns {@code text} repaired; a shortcut for {@code of(text).repaired()}. */
  public static String repair(String text) {
    return of(text).repaired();
  }

  /** Returns the text as given. */
  public String original() {
    return original;
  }

  /** Returns the text with look-alikes replaced, in Unicode NFC. */
  public String repaired() {
    return repaired;
  }

  /**
   * Tells whether the repaired text differs from the original, through a replacement or
   * through NFC normalisation alone (as for text typed in decomposed form).
   */
  public boolean changed() {
    return !repaired.equals(original);
  }

  /** Returns the replacements in the order of the original text, empty when there were none. */
  public List<Replacement> replacements() {
    return replacements;
  }

  /** Returns the repaired text. */
  @Override
  public String toString() {
    return repaired;
  }

  /**
   * Returns the end of the word at {@code start}: a run of letters and combining marks, or a
   * single other character with the marks that follow it.
   */
  private static int wordEnd(String text, int start) {
    if (!Character.isLetter(text.codePointAt(start))) {
      return clusterEnd(text, start);
    }
    int end = start;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      if (!Character.isLetter(c) && !isCombiningMark(c)) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  /** Returns the end of the character at {@code start} and the combining marks after it. */
  private static int clusterEnd(String text, int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    while (end < text.length() && isCombiningMark(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end;
  }

  private static boolean isCombiningMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Tells whether every Cyrillic or Greek letter of {@code word} has a Latin look-alike. Only
   * then are they replaced, so a word written in Cyrillic or Greek, such as the Russian name
   * Иван, is kept whole for validation to report rather than turned into a mix of scripts.
   */
  private static boolean isLookAlikeWord(String word) {
    for (int at = 0; at < word.length(); ) {
      int end = clusterEnd(word, at);
      String cluster = word.substring(at, end);
      if (isCyrillicOrGreek(baseOf(cluster)) && latinFor(cluster) == null) {
        return false;
      }
      at = end;
    }
    return true;
  }

  private static boolean isCyrillicOrGreek(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
  }

  /**
   * Returns a character and its marks with a look-alike replaced, in NFC, or the cluster itself
   * when it has none. The loop runs again when composition yields a look-alike, as Latin I
   * with a combining dot above composes to İ.
   */
  private static String repairCluster(String cluster, boolean swapScripts) {
    String current = cluster;
    for (int pass = 0; pass < 3; pass++) {
      if (!swapScripts && isCyrillicOrGreek(baseOf(current))) {
        return current;
      }
      String next = latinFor(current);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /**
   * Returns the cluster with its look-alike letter replaced, in NFC, or null when its letter is
   * not a look-alike. A precomposed look-alike, such as Cyrillic ѐ, keeps its accent.
   */
  private static @Nullable String latinFor(String cluster) {
    int first = cluster.codePointAt(0);
    Integer direct = LOOK_ALIKES.get(first);
    if (direct != null) {
      return nfc(Character.toString(direct) + cluster.substring(Character.charCount(first)));
    }
    String decomposed = Normalizer.normalize(cluster, Normalizer.Form.NFD);
    int base = decomposed.codePointAt(0);
    Integer viaBase = LOOK_ALIKES.get(base);
    if (viaBase == null) {
      return null;
    }
    return nfc(Character.toString(viaBase) + decomposed.substring(Character.charCount(base)));
  }

  private static int baseOf(String cluster) {
    return Normalizer.normalize(cluster, Normalizer.Form.NFD).codePointAt(0);
  }

  private static String nfc(CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Classifies a text for {@link #of}. The result is {@link #SCAN_CANDIDATE} when some
   * character may need repair, else {@link #SCAN_NFC} when every character passes
   * {@link #isNfcStarter}, which makes the text NFC, else {@link #SCAN_UNKNOWN}.
   */
  private static int scan(String text) {
    boolean nfc = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || CANDIDATES.get(c))) {
        return SCAN_CANDIDATE;
      }
      nfc = nfc && isNfcStarter(c);
    }
    return nfc ? SCAN_NFC : SCAN_UNKNOWN;
  }

  /**
   * Tells whether {@code c} is one of the characters below U+0300 (Latin-1, Latin Extended-A
   * and -B, IPA and spacing modifiers) or in Latin Extended Additional (U+1E00–U+1EFF), which
   * contains most Vietnamese letters with tone marks. Each of them is NFC, has combining class
   * 0 and composes with no character before it, so any text made only of them is NFC.
   */
  static boolean isNfcStarter(char c) {
    return c < 0x300 || c >= 0x1E00 && c <= 0x1EFF;
  }

  private static BitSet encodingDamage() {
    BitSet signs = new BitSet();
    signs.set(0xA1, 0xC0);
    MOJIBAKE_SIGNS.chars().forEach(signs::set);
    return signs;
  }

  private static BitSet candidates() {
    BitSet candidates = new BitSet(0x10000);
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c) || !Character.isDefined(c)) {
        continue;
      }
      boolean candidate = LOOK_ALIKES.containsKey(c) || isCyrillicOrGreek(c)
          || LOOK_ALIKES.containsKey(baseOf(Character.toString(c)));
      candidates.set(c, candidate);
    }
    return candidates;
  }

  private static Map<Integer, Integer> lookAlikes() {
    Map<Integer, Integer> map = new HashMap<>();
    put(map,
        // Đ and đ: eth, African D and its lower case.
        0x00D0, 'Đ', 0x00F0, 'đ', 0x0189, 'Đ', 0x0256, 'đ',
        // Ư and ư: Latin OI, as PDF text extraction produces it.
        0x01A2, 'Ư', 0x01A3, 'ư',
        // Turkish dotted capital I and dotless small i.
        0x0130, 'I', 0x0131, 'i',
        // Latin alpha and script g.
        0x0251, 'a', 0x0261, 'g');
    put(map,
        // Cyrillic capitals.
        0x0410, 'A', 0x0412, 'B', 0x0415, 'E', 0x041A, 'K', 0x041C, 'M', 0x041D, 'H',
        0x041E, 'O', 0x0420, 'P', 0x0421, 'C', 0x0422, 'T', 0x0425, 'X', 0x0406, 'I',
        0x0408, 'J', 0x0405, 'S', 0x04AE, 'Y',
        // Cyrillic small letters.
        0x0430, 'a', 0x0435, 'e', 0x043E, 'o', 0x0440, 'p', 0x0441, 'c', 0x0443, 'y',
        0x0445, 'x', 0x0456, 'i', 0x0458, 'j', 0x0455, 's', 0x04BB, 'h', 0x0501, 'd',
        0x051B, 'q', 0x051D, 'w');
    put(map,
        // Greek capitals.
        0x0391, 'A', 0x0392, 'B', 0x0395, 'E', 0x0396, 'Z', 0x0397, 'H', 0x0399, 'I',
        0x039A, 'K', 0x039C, 'M', 0x039D, 'N', 0x039F, 'O', 0x03A1, 'P', 0x03A4, 'T',
        0x03A5, 'Y', 0x03A7, 'X',
        // Greek small letters.
        0x03BF, 'o', 0x03BD, 'v', 0x03C5, 'u', 0x03B9, 'i', 0x03C1, 'p');
    for (int c = 'A'; c <= 'Z'; c++) {
      map.put(c + 0xFEE0, c);
    }
    for (int c = 'a'; c <= 'z'; c++) {
      map.put(c + 0xFEE0, c);
    }
    return Map.copyOf(map);
  }

  private static void put(Map<Integer, Integer> map, int... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
  }

  /**
   * One replaced character.
   *
   * @param index the UTF-16 index of the character in the original text normalised to NFC,
   *     which is the original itself for any text of a profile record, since records store NFC
   * @param found the code point found there
   * @param letter the text that replaces it and the accents that follow it, in NFC: one
   *     letter, such as {@code Đ} for Ð, or {@code á} for Cyrillic а followed by an acute
   */
  public record Replacement(int index, int found, String letter) {

    /** Creates a replacement. */
    public Replacement {
      Objects.requireNonNull(letter, "letter");
    }

    /** Returns the found character as text. */
    public String foundText() {
      return Character.toString(found);
    }

    /** Returns the replacement in the form {@code U+00D0 'Ð' at 0 -> 'Đ'}. */
    @Override
    public String toString() {
      return String.format("U+%04X '%s' at %d -> '%s'", found, foundText(), index, letter);
    }
  }
}
