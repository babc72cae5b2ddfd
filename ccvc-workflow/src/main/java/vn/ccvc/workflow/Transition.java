package vn.ccvc.workflow;

import java.util.Objects;

/**
 * A row of the status transition table: an action allowed from a status and the status it leads
 * to. {@link Workflow#transitions()} lists them, and {@link MermaidDiagram} draws them.
 *
 * @param from the status the action is allowed from
 * @param action the action
 * @param to the status after it
 */
public record Transition(ProfileStatus from, Action action, ProfileStatus to) {
  /** Creates a transition. */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
  }
}
