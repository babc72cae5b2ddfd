package vn.ccvc.credentials;

import vn.ccvc.model.CcvcException;

/**
 * Thrown when an initial credential cannot be issued or a stored password hash cannot be read.
 * The {@link #code()} is one of the constants of this class. The message names the field, the
 * value (a citizen ID masked as {@code 038*****1234}, never a password) and what to do.
 */
public class CredentialException extends CcvcException {

  /** Code of a citizen ID that is not exactly 12 ASCII digits. */
  public static final String CITIZEN_ID_FORMAT = "credentials.citizenId.format";

  /** Code of a missing citizen ID. */
  public static final String CITIZEN_ID_MISSING = "credentials.citizenId.missing";

  /** Code of a citizen ID that appears on more than one row of a batch. */
  public static final String CITIZEN_ID_DUPLICATE = "credentials.citizenId.duplicate";

  /** Code of a missing or blank full name. */
  public static final String NAME_MISSING = "credentials.name.missing";

  /** Code of a name that contains a digit. */
  public static final String NAME_DIGITS = "credentials.name.digits";

  /** Code of a name that contains a symbol, punctuation or control character. */
  public static final String NAME_INVALID_CHARACTER = "credentials.name.invalidCharacter";

  /** Code of a given name with a letter that has no ASCII letter to fold to. */
  public static final String NAME_UNFOLDABLE = "credentials.name.unfoldable";

  /** Code of a given name with no letter left after folding. */
  public static final String NAME_NO_LETTERS = "credentials.name.noLetters";

  /**
   * Code of a name that shows the signs of an old Vietnamese encoding read with the wrong code
   * page, which would give a wrong password.
   */
  public static final String NAME_MISENCODED = "credentials.name.misencoded";

  /** Code of a CSV header that lacks a required column or names an unknown one. */
  public static final String CSV_HEADER = "credentials.csv.header";

  /** Code of a CSV row with a syntax error or the wrong number of fields. */
  public static final String CSV_ROW = "credentials.csv.row";

  /** Code of CSV input that could not be read. */
  public static final String CSV_READ = "credentials.csv.read";

  /** Code of a profile that the JSON codec could not read; the cause is the codec's error. */
  public static final String PROFILE_UNREADABLE = "credentials.profile.unreadable";

  /** Code of a list of common passwords that could not be read. */
  public static final String PASSWORD_LIST_READ = "credentials.passwordList.read";

  /** Code of an unknown password scheme name. */
  public static final String SCHEME_UNKNOWN = "credentials.scheme.unknown";

  /** Code of a stored password hash that is not in the expected format. */
  public static final String HASH_FORMAT = "credentials.hash.format";

  /** Code of a stored password hash made with an algorithm the hasher does not implement. */
  public static final String HASH_ALGORITHM = "credentials.hash.algorithm";

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code one of the code constants of this class
   * @param message what failed, on which value, and what to do
   */
  public CredentialException(String code, String message) {
    super(code, message);
  }

  /**
   * Creates an exception that wraps a lower-level cause.
   *
   * @param code one of the code constants of this class
   * @param message what failed, on which value, and what to do
   * @param cause the underlying exception
   */
  public CredentialException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
