package vn.ccvc.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * The first-login rules of an account with an initial credential. An initial credential is
 * accepted once, and only before it expires. Once it is used, the account is locked to
 * everything but the password change until the change succeeds.
 *
 * <p>The host verifies the password itself (see {@link PasswordHasher}) and asks this policy
 * what the login means; it stores the {@link AccountDecision#state()} returned. Because the
 * initial credential is then used up, the password change must happen in the session of that
 * login: an account whose session ended before the change needs a new initial credential.
 *
 * <p>The policy is pure: every method depends only on its arguments, reads no clock and is safe
 * to call from any thread.
 */
public final class AccountPolicy {

  /** Code of an initial credential presented at or after its expiry. */
  public static final String INITIAL_EXPIRED = "account.initialExpired";

  /** Code of an initial credential presented after it was used once. */
  public static final String INITIAL_USED = "account.initialUsed";

  /** Code of a password login or change before the initial credential was used. */
  public static final String FIRST_LOGIN_REQUIRED = "account.firstLoginRequired";

  /** Code of a password login while the password change after the first login is pending. */
  public static final String PASSWORD_CHANGE_REQUIRED = "account.passwordChangeRequired";

  private AccountPolicy() {}

  /**
   * Decides a login with the initial credential, which the host has checked is correct.
   * Accepted only while the account awaits its first login and {@code now} is before the
   * expiry; the next state is {@link AccountStatus#PASSWORD_CHANGE_REQUIRED}.
   *
   * @return the decision; rejected with {@link #INITIAL_EXPIRED} or {@link #INITIAL_USED}
   */
  public static AccountDecision loginWithInitialCredential(AccountState state, Instant now) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(now, "now");
    if (state.status() != AccountStatus.AWAITING_FIRST_LOGIN) {
      return AccountDecision.reject(state, INITIAL_USED, "The initial password was already "
          + "used; it works only once. Ask the administrator to issue a new one.");
    }
    if (!now.isBefore(Objects.requireNonNull(state.initialExpiresAt()))) {
      return AccountDecision.reject(state, INITIAL_EXPIRED, "The initial password expired at "
          + state.initialExpiresAt() + "; ask the administrator to issue a new one.");
    }
    return AccountDecision.accept(AccountState.passwordChangeRequired());
  }

  /**
   * Decides a login with the person's own password, which the host has checked is correct.
   * Accepted only for an active account; the state does not change.
   *
   * @return the decision; rejected with {@link #FIRST_LOGIN_REQUIRED} or
   *     {@link #PASSWORD_CHANGE_REQUIRED}
   */
  public static AccountDecision loginWithPassword(AccountState state) {
    Objects.requireNonNull(state, "state");
    switch (state.status()) {
      case AWAITING_FIRST_LOGIN:
        return AccountDecision.reject(state, FIRST_LOGIN_REQUIRED, "The account has no "
            + "password of its own yet; log in with the initial password first.");
      case PASSWORD_CHANGE_REQUIRED:
        return AccountDecision.reject(state, PASSWORD_CHANGE_REQUIRED, "The password must be "
            + "changed after the first login; ask the administrator to issue a new initial "
            + "password if that session has ended.");
      default:
        return AccountDecision.accept(state);
    }
  }

  /**
   * Decides that the password was changed, after the host checked the new password with
   * {@link NewPasswordPolicy} and stored its hash. Accepted after the first login and for an
   * active account; the next state is {@link AccountStatus#ACTIVE}.
   *
   * @return the decision; rejected with {@link #FIRST_LOGIN_REQUIRED} before the first login
   */
  public static AccountDecision passwordChanged(AccountState state) {
    Objects.requireNonNull(state, "state");
    if (state.status() == AccountStatus.AWAITING_FIRST_LOGIN) {
      return AccountDecision.reject(state, FIRST_LOGIN_REQUIRED, "The password cannot be "
          + "changed before the first login with the initial password.");
    }
    return AccountDecision.accept(AccountState.active());
  }

  /**
   * Tells whether a logged-in person may perform {@code operation}: nothing before the first
   * login, only {@link AccountOperation#CHANGE_PASSWORD} until the change succeeds, then
   * everything.
   */
  public static boolean permits(AccountState state, AccountOperation operation) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(operation, "operation");
    switch (state.status()) {
      case AWAITING_FIRST_LOGIN:
        return false;
      case PASSWORD_CHANGE_REQUIRED:
        return operation == AccountOperation.CHANGE_PASSWORD;
      default:
        return true;
    }
  }
}
