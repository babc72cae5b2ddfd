package vn.ccvc.credentials;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The state of an account that {@link AccountPolicy} decides on, for the host to store with the
 * account. Instances are immutable.
 *
 * @param status the account's stage
 * @param initialExpiresAt when the unused initial credential expires; set only while the status
 *     is {@link AccountStatus#AWAITING_FIRST_LOGIN}
 */
public record AccountState(AccountStatus status, @Nullable Instant initialExpiresAt) {

  /**
   * Creates a state.
   *
   * @throws IllegalArgumentException if the expiry is missing while awaiting the first login,
   *     or set in another status
   */
  public AccountState {
    Objects.requireNonNull(status, "status");
    boolean awaiting = status == AccountStatus.AWAITING_FIRST_LOGIN;
    if (awaiting != (initialExpiresAt != null)) {
      throw new IllegalArgumentException("initialExpiresAt must be set exactly when the status "
          + "is AWAITING_FIRST_LOGIN; the status is " + status + " and initialExpiresAt is "
          + initialExpiresAt);
    }
  }

  /** Returns the state of an account whose initial credential was just issued. */
  public static AccountState awaitingFirstLogin(IssuedCredential credential) {
    return new AccountState(AccountStatus.AWAITING_FIRST_LOGIN, credential.expiresAt());
  }

  /** Returns the state of an account that awaits a first login until {@code expiresAt}. */
  public static AccountState awaitingFirstLogin(Instant expiresAt) {
    return new AccountState(AccountStatus.AWAITING_FIRST_LOGIN,
        Objects.requireNonNull(expiresAt, "expiresAt"));
  }

  /** Returns the state of an account after its initial credential was used. */
  public static AccountState passwordChangeRequired() {
    return new AccountState(AccountStatus.PASSWORD_CHANGE_REQUIRED, null);
  }

  /** Returns the state of an account whose person has set a password of their own. */
  public static AccountState active() {
    return new AccountState(AccountStatus.ACTIVE, null);
  }
}
