package vn.ccvc.credentials;

import java.util.Objects;

/**
 * A way of making a person's initial password. {@link #national()} reproduces the national
 * rollout's scheme, which anyone who knows the person's name and citizen ID can compute;
 * {@link #random()} draws a password that cannot be guessed. The caller chooses.
 *
 * <p>Implementations are immutable and safe to use from several threads.
 */
public interface PasswordScheme {

  /** Returns the scheme's name, such as {@code national} or {@code random}. */
  String name();

  /**
   * Makes the initial password of the person {@code request} describes.
   *
   * @throws CredentialException if the request lacks what the scheme needs or contains an invalid
   *     value; the code is one of {@link CredentialException}'s
   */
  InitialPassword generate(CredentialRequest request);

  /** Returns the national rollout's scheme; see {@link NationalScheme}. */
  static PasswordScheme national() {
    return NationalScheme.INSTANCE;
  }

  /** Returns the random scheme with its default length; see {@link RandomScheme}. */
  static PasswordScheme random() {
    return RandomScheme.create();
  }

  /**
   * Returns the scheme called {@code name}: {@code national} or {@code random}.
   *
   * @throws CredentialException with {@link CredentialException#SCHEME_UNKNOWN} for any other
   *     name
   */
  static PasswordScheme byName(String name) {
    Objects.requireNonNull(name, "name");
    switch (name) {
      case NationalScheme.NAME:
        return national();
      case RandomScheme.NAME:
        return random();
      default:
        throw new CredentialException(CredentialException.SCHEME_UNKNOWN, "The password scheme '"
            + name + "' is unknown; use '" + NationalScheme.NAME + "' or '" + RandomScheme.NAME
            + "'.");
    }
  }
}
