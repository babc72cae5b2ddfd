package vn.ccvc.workflow;

import java.util.Objects;

/**
 * A row of the sync transition table, which applies to the latest confirmed version.
 * {@link Workflow#syncTransitions()} lists them, and {@link MermaidDiagram} draws them.
 *
 * @param from the sync state the action is allowed from
 * @param action the action
 * @param to the sync state after it
 * @param condition when this row applies, such as {@code succeeded}; empty if always
 */
public record SyncTransition(SyncState from, Action action, SyncState to, String condition) {
  /** Creates a transition. */
  public SyncTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(condition, "condition");
  }
}
