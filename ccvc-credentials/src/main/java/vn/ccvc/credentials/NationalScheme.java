package vn.ccvc.credentials;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.credentials.internal.Folding;
import vn.ccvc.model.TextRepair;

/**
 * The initial-password scheme of the national rollout: the given name without diacritics, its
 * first letter in upper case and the rest in lower case, then the last four digits of the
 * citizen ID, then {@code @}. BÙI THỊ THỦY with ID 038185011234 gets {@code Thuy1234@}.
 *
 * <p><b>This password is predictable:</b> anyone who knows a person's name and citizen ID can
 * compute it. Issue it only as a single-use credential that expires soon and must be changed at
 * first login ({@link CredentialIssuer}, {@link AccountPolicy}), or use {@link RandomScheme}.
 *
 * <p>The given name is the explicit given name when the request has one, otherwise the last word
 * of the full name (the Kinh order, family name first). Ê Đê and Gia Rai names put the clan name
 * last, so "H'Hen Niê" gives {@code Nie} unless the explicit given name {@code Hen} is passed.
 * The result does not depend on the form of the input: NFC or NFD, upper or lower case, white
 * space of any kind around and between the words, and old or new tone placement ({@code Thuỷ}
 * and {@code Thủy}) all give the same password.
 *
 * <p>Folding takes each letter's canonical decomposition (NFD) and drops the combining marks;
 * {@code đ} becomes {@code d}, {@code Đ} becomes {@code D}, and the Ê Đê letters {@code ƀ} and
 * {@code Ƀ}, which do not decompose either, become {@code b} and {@code B}. Only ASCII letters
 * are kept: <b>apostrophes and hyphens are dropped</b>, so {@code H'Hen} gives {@code Hhen} and
 * {@code Ka-Ly} gives {@code Kaly}, and the words of a given name of several words are joined.
 * The case is then set without regard to the default locale, as {@link java.util.Locale#ROOT}
 * does, so a Turkish locale cannot turn {@code i} into {@code İ}.
 *
 * <p>No letter is dropped silently. Look-alike characters that code-page conversions and
 * foreign keyboards leave in names (the eth {@code Ð} for {@code Đ}, Latin {@code ƣ} for
 * {@code ư}, Cyrillic or Greek letters for Latin ones, full-width letters; the full list is in
 * {@link TextRepair}) are replaced by the letter they stand for and reported in
 * {@link InitialPassword#repairs()}. A letter that still has no ASCII letter, such as
 * {@code ß} or Cyrillic {@code И}, is an error naming its code point.
 *
 * <p>NOTE: a name typed in the old TCVN3 or VNI encodings and read as Windows-1252 is not
 * detected when its characters happen to be foldable letters: TCVN3 "Thñy" for Thủy gives
 * {@code Thny}. Convert such spreadsheets to Unicode before issuing. Their symbols, such as the
 * {@code ®} that TCVN3 stores for {@code đ}, are reported as invalid characters.
 *
 * <p>The scheme is stateless and safe to use from any thread.
 */
public final class NationalScheme implements PasswordScheme {

  /** The scheme's name, {@value}. */
  public static final String NAME = "national";

  static final NationalScheme INSTANCE = new NationalScheme();

  private static final String FULL_NAME = "fullName";
  private static final String GIVEN_NAME = "givenName";

  private NationalScheme() {}

  /** Returns {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Makes the national-scheme password of the person {@code request} describes. The family
   * name and birth date of the request are not used.
   *
   * @throws CredentialException with code {@link CredentialException#CITIZEN_ID_MISSING} or
   *     {@link CredentialException#CITIZEN_ID_FORMAT} for the citizen ID;
   *     {@link CredentialException#NAME_MISSING} if the full name is missing or blank;
   *     {@link CredentialException#NAME_DIGITS} or
   *     {@link CredentialException#NAME_INVALID_CHARACTER} if the full name or the explicit
   *     given name contains a digit or a character other than letters, white space, apostrophes
   *     and hyphens; {@link CredentialException#NAME_UNFOLDABLE} if the given name contains a
   *     letter with no ASCII letter; {@link CredentialException#NAME_NO_LETTERS} if no letter
   *     of the given name is left after folding
   */
  @Override
  public InitialPassword generate(CredentialRequest request) {
    return compute(request.citizenId(), request.fullName(), request.givenName());
  }

  /**
   * Returns the national-scheme password without the report of repairs; the same rules and
   * errors as {@link #generate} apply.
   *
   * @param citizenId the 12-digit citizen ID
   * @param fullName the full name, family name first
   * @param givenName the explicit given name, or {@code null} for the last word of the full name
   * @throws CredentialException as {@link #generate} does
   */
  public static String password(String citizenId, @Nullable String fullName,
      @Nullable String givenName) {
    return compute(citizenId, fullName, givenName).value();
  }

  private static InitialPassword compute(String citizenId, @Nullable String fullName,
      @Nullable String givenName) {
    String digits = Names.citizenIdDigits(citizenId);
    if (fullName == null || Names.isBlank(fullName)) {
      throw new CredentialException(CredentialException.NAME_MISSING,
          "The full name is missing; enter the name as on the citizen ID card.");
    }
    checkEncoding(fullName, FULL_NAME);
    Names.checkCharacters(fullName, FULL_NAME);
    boolean explicit = givenName != null && !Names.isBlank(givenName);
    String field = explicit ? GIVEN_NAME : FULL_NAME;
    String word = explicit ? givenName : Names.lastWord(fullName);
    if (explicit) {
      checkEncoding(word, GIVEN_NAME);
      Names.checkCharacters(word, GIVEN_NAME);
    }

    StringBuilder letters = new StringBuilder(word.length() + 5);
    List<NameRepair> repairs = List.of();
    if (foldInto(word, letters) >= 0) {
      // Only a character the fast table cannot fold needs the slower look-alike repair.
      TextRepair repair = TextRepair.of(word);
      repairs = repairsOf(repair, field);
      letters.setLength(0);
      String repaired = repair.repaired();
      int at = foldInto(repaired, letters);
      if (at >= 0) {
        throw unfoldable(field, explicit ? givenName : fullName, repaired.codePointAt(at));
      }
    }
    if (letters.length() == 0) {
      throw noLetters(word, explicit);
    }
    capitalise(letters);
    letters.append(digits, 8, 12).append('@');
    return new InitialPassword(letters.toString(), repairs);
  }

  /** Folds a word, skipping white space; returns the index of an unfoldable character or -1. */
  private static int foldInto(String word, StringBuilder out) {
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      char folded = Folding.fold(c);
      if (folded == Folding.NONE && !Names.isSpace(c)) {
        return i;
      }
      if (folded != Folding.NONE && folded != Folding.DROP) {
        out.append(folded);
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private static void capitalise(StringBuilder letters) {
    letters.setCharAt(0, Character.toUpperCase(letters.charAt(0)));
    for (int i = 1; i < letters.length(); i++) {
      letters.setCharAt(i, Character.toLowerCase(letters.charAt(i)));
    }
  }

  private static List<NameRepair> repairsOf(TextRepair repair, String field) {
    List<NameRepair> repairs = new ArrayList<>();
    for (TextRepair.Replacement replacement : repair.replacements()) {
      repairs.add(new NameRepair(field, replacement.found(), replacement.letter()));
    }
    return repairs;
  }

  private static CredentialException noLetters(String word, boolean explicit) {
    String where = explicit ? "The given name" : "The last word of the full name,";
    return new CredentialException(CredentialException.NAME_NO_LETTERS, String.format(
        "%s '%s'%s has no letter left once apostrophes and hyphens are dropped; correct the "
            + "name or enter the given name in its own field.", where, word,
        explicit ? "" : ","));
  }

  /**
   * Rejects a name from a spreadsheet in an old Vietnamese encoding read with the wrong code
   * page: its letters would fold to a wrong password, as "Bïi ThÞ Thñy" gives "Thny".
   */
  private static void checkEncoding(String name, String field) {
    int at = TextRepair.indexOfEncodingDamage(name);
    if (at >= 0) {
      char c = name.charAt(at);
      throw new CredentialException(CredentialException.NAME_MISENCODED, String.format(
          "The %s '%s' contains '%s' (U+%04X), a sign of Vietnamese text in the TCVN3, VNI or "
              + "Windows-1258 encoding read with another code page; convert the source to "
              + "Unicode (UTF-8) and issue again.", field, name, Character.toString(c), (int) c));
    }
  }

  private static CredentialException unfoldable(String field, String name, int c) {
    return new CredentialException(CredentialException.NAME_UNFOLDABLE, String.format(
        "The %s '%s' contains the letter '%s' (U+%04X), which has no ASCII letter to stand for "
            + "it in the initial password; correct the name, or use the random scheme.",
        field, name, Character.toString(c), c));
  }
}
