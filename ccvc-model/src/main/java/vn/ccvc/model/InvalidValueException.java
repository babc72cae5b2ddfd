package vn.ccvc.model;

/**
 * Thrown when a value type cannot parse its text, such as a citizen ID that is not 12 digits or
 * a date that is not on the calendar. The {@link #code()} is the validation code of the same
 * rule, such as {@code citizenId.format} or {@code date.invalid}.
 */
public class InvalidValueException extends CcvcException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code the validation code of the broken rule
   * @param message what is wrong with which value, and what to do
   */
  public InvalidValueException(String code, String message) {
    super(code, message);
  }
}
