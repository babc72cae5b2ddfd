package vn.ccvc.workflow;

import vn.ccvc.model.CcvcException;

/**
 * Thrown by the workflow for a rejected command the caller asked to enforce
 * ({@link Decision#orThrow()}), an invalid unit tree, or an event history that does not replay.
 * The {@link #code()} is stable; for a rejected command it is the {@link RejectionCode}'s code.
 */
public class WorkflowException extends CcvcException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code stable machine-readable code, such as {@code revision.stale}
   * @param message what failed, on which value, and what to do
   */
  public WorkflowException(String code, String message) {
    super(code, message);
  }
}
