package vn.ccvc.examples.demo;

import vn.ccvc.model.CcvcException;

/**
 * A step of the rollout could not finish. {@link #inputProblem()} separates a folder that cannot
 * be read or written from a step that failed on readable input, so the command can choose its
 * exit status. Nothing of the run is left in the output folder when it is thrown.
 */
public final class RolloutException extends CcvcException {

  private static final long serialVersionUID = 1L;

  private final boolean inputProblem;

  RolloutException(String code, String message, boolean inputProblem) {
    super(code, message);
    this.inputProblem = inputProblem;
  }

  RolloutException(String code, String message, boolean inputProblem, Throwable cause) {
    super(code, message, cause);
    this.inputProblem = inputProblem;
  }

  /** Returns whether the unit folder or the output folder could not be read or written. */
  public boolean inputProblem() {
    return inputProblem;
  }
}
