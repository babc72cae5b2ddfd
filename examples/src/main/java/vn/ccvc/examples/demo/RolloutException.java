package vn.ccvc.examples.demo;

import vn.ccvc.model.CcvcException;
import vn.ccvc.workflow.Decision;

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

  /**
   * Returns the failure of step {@code stepKey} on {@code owner}'s profile, whose cause
   * {@code reason} names.
   */
  static RolloutException stepFailed(Texts texts, String stepKey, Employee owner,
      String reason) {
    return new RolloutException("demo.stepFailed", texts.get("step.failed", texts.get(stepKey),
        owner.id().masked(), Rollout.clause(reason)), false);
  }

  /**
   * Throws the failure of step {@code stepKey} if the workflow rejected a command on
   * {@code owner}'s profile; the demo's commands are valid, so a rejection is a defect.
   */
  static void requireAccepted(Decision decision, Texts texts, String stepKey, Employee owner) {
    if (decision instanceof Decision.Rejected refused) {
      throw stepFailed(texts, stepKey, owner, refused.code().code() + ": " + refused.message());
    }
  }

  /** Returns whether the unit folder or the output folder could not be read or written. */
  public boolean inputProblem() {
    return inputProblem;
  }
}
