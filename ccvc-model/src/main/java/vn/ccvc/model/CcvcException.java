package vn.ccvc.model;

/**
 * Root of the unchecked exceptions the SDK throws. Each carries a stable machine-readable
 * {@link #code()} that hosts can branch on; the message is for people and may change.
 */
public class CcvcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an exception.
   *
   * @param code stable machine-readable code, such as {@code citizenId.format}
   * @param message what failed, on which value, and what to do
   */
  public CcvcException(String code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Creates an exception that wraps a lower-level cause, such as an {@link java.io.IOException}.
   *
   * @param code stable machine-readable code
   * @param message what failed, on which value, and what to do
   * @param cause the underlying exception
   */
  public CcvcException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** Returns the stable machine-readable code of this error. */
  public String code() {
    return code;
  }
}
