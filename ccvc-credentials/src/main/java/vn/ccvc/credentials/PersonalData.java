package vn.ccvc.credentials;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ccvc.credentials.internal.Folding;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.PartialDate;

/**
 * The rules of {@link NewPasswordPolicy} about the person: the initial password and its scheme,
 * the citizen ID, the names and the birth date.
 */
final class PersonalData {

  /** Name parts shorter than this count only where no other letter touches them. */
  private static final int FREE_NAME_LENGTH = 3;

  private static final int ID_RUN = 4;

  private final @Nullable String initialPassword;
  private final @Nullable String citizenId;
  private final List<String> nameParts;
  private final @Nullable String schemeName;
  private final List<String> dateForms;

  PersonalData(PasswordContext context) {
    String initial = context.initialPassword();
    this.initialPassword = initial == null ? null : nfkc(initial);
    String id = context.citizenId();
    this.citizenId = id != null && CitizenId.isWellFormed(Names.trim(id)) ? Names.trim(id) : null;
    this.nameParts = new ArrayList<>(words(context.familyName()));
    this.nameParts.addAll(words(context.givenName()));
    this.schemeName = schemeName(context.givenName(), initialPassword);
    this.dateForms = dateForms(context.birthDate());
  }

  /** Adds a rejection to {@code rejections} for each rule {@code password} breaks. */
  void check(String password, List<PasswordRejection> rejections) {
    String letters = letterView(password);
    String digits = digitView(password);
    if (password.equals(initialPassword)) {
      rejections.add(new PasswordRejection(PasswordRule.SAME_AS_INITIAL, "The password is the "
          + "initial password; choose a new one that nobody else has seen."));
    }
    if (schemeName != null && hasSchemeShape(letters, schemeName)) {
      rejections.add(new PasswordRejection(PasswordRule.INITIAL_SCHEME, "The password has the "
          + "shape of the initial password, the given name followed by four digits, which "
          + "anyone who knows the name can guess; choose a password of another form."));
    }
    checkCitizenId(digits, rejections);
    if (nameParts.stream().anyMatch(part -> containsName(letters, part))) {
      rejections.add(new PasswordRejection(PasswordRule.CONTAINS_NAME, "The password contains "
          + "the family name or the given name; leave the name out."));
    }
    if (dateForms.stream().anyMatch(digits::contains)) {
      rejections.add(new PasswordRejection(PasswordRule.CONTAINS_BIRTH_DATE, "The password "
          + "contains the birth date or the birth year; leave them out."));
    }
  }

  private void checkCitizenId(String digits, List<PasswordRejection> rejections) {
    if (citizenId == null) {
      return;
    }
    if (digits.contains(citizenId)) {
      rejections.add(new PasswordRejection(PasswordRule.CONTAINS_CITIZEN_ID, "The password "
          + "contains the citizen ID, which is the user name; leave it out."));
    }
    for (int i = 0; i + ID_RUN <= citizenId.length(); i++) {
      if (digits.contains(citizenId.substring(i, i + ID_RUN))) {
        rejections.add(new PasswordRejection(PasswordRule.CONTAINS_CITIZEN_ID_DIGITS, "The "
            + "password contains " + ID_RUN + " or more digits in a row of the citizen ID; "
            + "leave them out."));
        return;
      }
    }
  }

  /**
   * Returns the password folded to lower case without diacritics, apostrophes and hyphens, so
   * that names compare as they are folded.
   */
  static String letterView(String password) {
    String folded = Folding.foldLoosely(password);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !Folding.isApostropheOrHyphen(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Returns the password with the separators written between parts of a number or date
   * ({@code /}, {@code -}, {@code .}, a space) removed where a digit is on both sides.
   */
  static String digitView(String password) {
    StringBuilder out = new StringBuilder(password.length());
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      boolean separator = c == '/' || c == '-' || c == '.' || c == ' ';
      boolean betweenDigits = out.length() > 0 && isDigit(out.charAt(out.length() - 1))
          && i + 1 < password.length() && isDigit(password.charAt(i + 1));
      if (!(separator && betweenDigits)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Tells whether {@code letters} contains {@code name} as the class description defines. */
  static boolean containsName(String letters, String name) {
    return indexOfName(letters, name, 0) >= 0;
  }

  /**
   * Returns the index of {@code name} in {@code letters} from {@code from}, where no other
   * letter touches it if it is shorter than {@value #FREE_NAME_LENGTH} code points, or -1.
   */
  private static int indexOfName(String letters, String name, int from) {
    boolean free = name.codePointCount(0, name.length()) >= FREE_NAME_LENGTH;
    for (int at = letters.indexOf(name, from); at >= 0; at = letters.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean before = at > 0 && Character.isLetter(letters.codePointBefore(at));
      boolean after = end < letters.length() && Character.isLetter(letters.codePointAt(end));
      if (free || !before && !after) {
        return at;
      }
    }
    return -1;
  }

  /** Tells whether the name is followed by four digits, with only symbols between them. */
  private static boolean hasSchemeShape(String letters, String name) {
    for (int at = indexOfName(letters, name, 0); at >= 0;
        at = indexOfName(letters, name, at + 1)) {
      int i = at + name.length();
      while (i < letters.length() && !Character.isLetterOrDigit(letters.charAt(i))) {
        i++;
      }
      int digits = 0;
      while (i + digits < letters.length() && isDigit(letters.charAt(i + digits))) {
        digits++;
      }
      if (digits >= 4) {
        return true;
      }
    }
    return false;
  }

  /** Returns the words of a name, each folded as the letter view folds. */
  private static List<String> words(@Nullable String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    for (String word : letterView(name).split("[\\s\\p{Z}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Returns the name the national scheme makes the password from: the given name's words
   * joined, or failing that the letters at the start of the initial password.
   */
  private static @Nullable String schemeName(@Nullable String givenName,
      @Nullable String initialPassword) {
    String joined = String.join("", words(givenName));
    if (!joined.isEmpty()) {
      return joined;
    }
    if (initialPassword == null) {
      return null;
    }
    String letters = letterView(initialPassword);
    int end = 0;
    while (end < letters.length() && Character.isLetter(letters.charAt(end))) {
      end++;
    }
    return end == 0 ? null : letters.substring(0, end);
  }

  /** Returns the forms of the birth date to look for, or none when it is missing or invalid. */
  private static List<String> dateForms(@Nullable String birthDate) {
    if (birthDate == null) {
      return List.of();
    }
    PartialDate date;
    try {
      date = PartialDate.parse(birthDate);
    } catch (InvalidValueException e) {
      return List.of();
    }
    int year = date.year();
    int month = date.start().getMonthValue();
    int day = date.start().getDayOfMonth();
    Set<String> forms = new LinkedHashSet<>();
    forms.add(Integer.toString(year));
    switch (date.precision()) {
      case DAY -> addDayForms(forms, day, month, year);
      case MONTH -> addMonthForms(forms, month, year);
      case YEAR -> { }
    }
    return List.copyOf(forms);
  }

  private static void addDayForms(Set<String> forms, int day, int month, int year) {
    String dd = String.format("%02d", day);
    String mm = String.format("%02d", month);
    String yyyy = Integer.toString(year);
    for (String d : List.of(dd, Integer.toString(day))) {
      for (String m : List.of(mm, Integer.toString(month))) {
        forms.add(d + m + yyyy);
      }
    }
    forms.add(yyyy + mm + dd);
    forms.add(dd + mm + yyyy.substring(2));
    forms.add(dd + mm);
  }

  private static void addMonthForms(Set<String> forms, int month, int year) {
    String mm = String.format("%02d", month);
    forms.add(mm + year);
    forms.add(month + Integer.toString(year));
    forms.add(year + mm);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
