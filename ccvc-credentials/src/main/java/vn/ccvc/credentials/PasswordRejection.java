package vn.ccvc.credentials;

import java.util.Objects;

/**
 * One reason {@link NewPasswordPolicy} rejects a password. The message never contains the
 * password.
 *
 * @param rule the rule the password breaks
 * @param message what is wrong and what to do, for the person choosing the password
 */
public record PasswordRejection(PasswordRule rule, String message) {

  /** Creates a rejection. */
  public PasswordRejection {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the code of the rule, such as {@code password.tooShort}. */
  public String code() {
    return rule.code();
  }
}
