package vn.ccvc.workflow;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of deciding a command: the new state with the events to record, or a rejection
 * that changes nothing. Decisions are immutable values.
 */
public sealed interface Decision {

  /** Tells whether the command was accepted. */
  boolean isAccepted();

  /**
   * Returns the new state of an accepted command.
   *
   * @throws WorkflowException with the rejection's code if the command was rejected
   */
  ProfileState orThrow();

  /**
   * An accepted command.
   *
   * @param state the new state
   * @param events what to append to the profile's history, in order
   */
  record Accepted(ProfileState state, List<WorkflowEvent> events) implements Decision {
    /** Creates the decision, copying the events. */
    public Accepted {
      Objects.requireNonNull(state, "state");
      events = List.copyOf(events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }

    @Override
    public ProfileState orThrow() {
      return state;
    }
  }

  /**
   * A rejected command.
   *
   * @param code why, stable
   * @param message what failed, on which profile (citizen IDs masked), and what to do
   */
  record Rejected(RejectionCode code, String message) implements Decision {
    /** Creates the decision. */
    public Rejected {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public ProfileState orThrow() {
      throw new WorkflowException(code.code(), message);
    }
  }
}
