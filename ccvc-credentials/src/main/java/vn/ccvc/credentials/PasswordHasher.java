package vn.ccvc.credentials;

/**
 * Hashes passwords for storage and verifies them. A hash is a self-describing string that
 * names its algorithm and parameters, so that hashes made with older parameters still verify
 * and {@link #needsRehash} can tell when to replace them.
 *
 * <p>Implementations are immutable and safe to use from several threads. They never log a
 * password or a hash.
 */
public interface PasswordHasher {

  /**
   * Hashes {@code password} with a new random salt and the current parameters.
   *
   * @return the self-describing hash
   */
  String hash(CharSequence password);

  /**
   * Tells whether {@code password} matches {@code hash}, made by this implementation with any
   * parameters, comparing in time that does not depend on where the bytes differ.
   *
   * @throws CredentialException with {@link CredentialException#HASH_FORMAT} if {@code hash} is
   *     malformed, or {@link CredentialException#HASH_ALGORITHM} if it names an algorithm this
   *     implementation does not compute
   */
  boolean verify(CharSequence password, String hash);

  /**
   * Tells whether {@code hash} was made with another algorithm or weaker parameters than the
   * current ones, so the host should hash the password again after the next successful
   * {@link #verify}.
   *
   * @throws CredentialException with {@link CredentialException#HASH_FORMAT} if {@code hash} is
   *     malformed
   */
  boolean needsRehash(String hash);
}
