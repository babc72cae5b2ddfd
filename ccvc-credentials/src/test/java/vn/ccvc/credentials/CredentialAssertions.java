package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper that returns the {@link CredentialException} a call throws. */
final class CredentialAssertions {

  private CredentialAssertions() {}

  /** Runs {@code call} and returns what it throws, failing if it is no CredentialException. */
  static CredentialException thrownBy(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(CredentialException.class);
    return (CredentialException) thrown;
  }
}
