package vn.ccvc.sync;

import vn.ccvc.model.CcvcException;

/** Failure of the sync client's setup, journal or transport that a caller must act on. */
public class SyncException extends CcvcException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code stable code, such as {@code sync.insecureEndpoint}
   * @param message what failed, on which value, and what to do
   */
  public SyncException(String code, String message) {
    super(code, message);
  }

  /**
   * Creates an exception that wraps a lower-level cause.
   *
   * @param code stable code
   * @param message what failed, on which value, and what to do
   * @param cause the underlying exception
   */
  public SyncException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
