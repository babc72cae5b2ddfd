package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper that returns the {@link CcvcException} a call throws, for asserting its code. */
public final class CcvcAssertions {

  private CcvcAssertions() {}

  /** Runs {@code call} and returns what it throws, failing if it throws no CcvcException. */
  public static CcvcException thrownBy(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(CcvcException.class);
    return (CcvcException) thrown;
  }
}
