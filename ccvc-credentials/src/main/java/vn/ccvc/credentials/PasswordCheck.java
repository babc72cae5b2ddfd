package vn.ccvc.credentials;

import java.util.List;

/**
 * The outcome of checking a new password: every reason it is rejected, in the order of
 * {@link PasswordRule}, or none when it is accepted. Instances are immutable.
 *
 * @param rejections the reasons, empty when the password is accepted
 */
public record PasswordCheck(List<PasswordRejection> rejections) {

  /** Creates an outcome, copying the list. */
  public PasswordCheck {
    rejections = List.copyOf(rejections);
  }

  /** Tells whether the password is accepted. */
  public boolean accepted() {
    return rejections.isEmpty();
  }

  /** Returns the codes of the rejections, in order. */
  public List<String> codes() {
    return rejections.stream().map(PasswordRejection::code).toList();
  }

  /** Returns the rules the password breaks, in order. */
  public List<PasswordRule> rules() {
    return rejections.stream().map(PasswordRejection::rule).toList();
  }
}
