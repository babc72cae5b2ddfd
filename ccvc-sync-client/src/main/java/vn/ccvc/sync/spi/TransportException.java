package vn.ccvc.sync.spi;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;

/**
 * Failure of a whole request. A retryable one (a dropped connection, a timeout, 429 or a 5xx
 * status) makes the client send the records again with the same keys; any other fails them.
 */
public class TransportException extends CcvcException {

  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception.
   *
   * @param code stable code, such as {@code sync.connection}
   * @param message what failed and on which endpoint, never with personal data
   * @param retryable whether sending again may succeed
   * @param retryAfter the server's requested wait, or null
   * @param cause the underlying exception, or null
   */
  public TransportException(String code, String message, boolean retryable,
      @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(code, message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  /** Returns whether sending the same records again may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** Returns the wait the server asked for, or null. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
