package vn.ccvc.credentials;

/**
 * A rule of {@link NewPasswordPolicy}, each with a stable code that hosts can branch on and
 * translate.
 */
public enum PasswordRule {

  /** Fewer code points than the minimum, counted after NFKC normalisation. */
  TOO_SHORT("password.tooShort"),

  /** More code points than the maximum, counted after NFKC normalisation. */
  TOO_LONG("password.tooLong"),

  /** The same as the initial password. */
  SAME_AS_INITIAL("password.sameAsInitial"),

  /**
   * The shape of the national initial scheme for this person: the given name followed by four
   * digits, ignoring case, diacritics and symbols between them.
   */
  INITIAL_SCHEME("password.initialScheme"),

  /** Contains the person's 12-digit citizen ID. */
  CONTAINS_CITIZEN_ID("password.containsCitizenId"),

  /** Contains four or more consecutive digits of the person's citizen ID. */
  CONTAINS_CITIZEN_ID_DIGITS("password.containsCitizenIdDigits"),

  /** Contains the person's family name or given name, ignoring case and diacritics. */
  CONTAINS_NAME("password.containsName"),

  /** Contains the person's birth date in a common form, or the birth year. */
  CONTAINS_BIRTH_DATE("password.containsBirthDate"),

  /** A common password, or one made of a common password and leading or trailing digits. */
  COMMON("password.common"),

  /** A character repeated four times in a row, or a group of characters repeated throughout. */
  REPEATED_CHARACTERS("password.repeatedCharacters"),

  /** Four or more sequential characters, such as {@code 1234}, {@code dcba} or {@code qwer}. */
  SEQUENTIAL_CHARACTERS("password.sequentialCharacters");

  private final String code;

  PasswordRule(String code) {
    this.code = code;
  }

  /** Returns the rule's stable code, such as {@code password.tooShort}. */
  public String code() {
    return code;
  }
}
