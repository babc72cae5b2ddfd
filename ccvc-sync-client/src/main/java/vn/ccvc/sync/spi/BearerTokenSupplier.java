package vn.ccvc.sync.spi;

/**
 * Source of the bearer token sent in the {@code Authorization} header. Implementations must be
 * thread-safe because batches are sent concurrently.
 */
public interface BearerTokenSupplier {

  /** Returns the current token, never logged by the client. */
  String token();

  /**
   * Obtains a new token after the ministry responded 401 with {@code rejected}; the client then
   * repeats the request once. The default returns {@link #token()} again.
   *
   * @param rejected the token the ministry did not accept
   */
  default String refresh(String rejected) {
    return token();
  }

  /** Returns a supplier of a fixed token that cannot be refreshed. */
  static BearerTokenSupplier of(String token) {
    return () -> token;
  }
}
