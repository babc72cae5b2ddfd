package vn.ccvc.credentials;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decision of {@link AccountPolicy}, with the account state to store afterwards. Instances
 * are immutable.
 *
 * @param accepted whether the login or change is accepted
 * @param code why it is rejected, one of the codes of {@link AccountPolicy}, or {@code null}
 *     when accepted
 * @param message why it is rejected and what to do, or {@code null} when accepted
 * @param state the state to store: the next one when accepted, the same one when rejected
 */
public record AccountDecision(boolean accepted, @Nullable String code, @Nullable String message,
    AccountState state) {

  /**
   * Creates a decision.
   *
   * @throws IllegalArgumentException if a rejection lacks its code or message, or an acceptance
   *     has one
   */
  public AccountDecision {
    Objects.requireNonNull(state, "state");
    if (accepted == (code != null) || accepted == (message != null)) {
      throw new IllegalArgumentException("A rejection needs a code and a message, and an "
          + "acceptance has neither; accepted is " + accepted + " and code is " + code);
    }
  }

  static AccountDecision accept(AccountState next) {
    return new AccountDecision(true, null, null, next);
  }

  static AccountDecision reject(AccountState state, String code, String message) {
    return new AccountDecision(false, code, message, state);
  }
}
