package vn.ccvc.workflow;

import java.util.List;
import java.util.Locale;

/**
 * Draws the workflow's transition tables as Mermaid state diagrams, so the documentation shows
 * the rules the code enforces. Each state is labelled with its Vietnamese label and constant
 * name; each arrow with the action and the role allowed to take it.
 */
public final class MermaidDiagram {

  private static final String INDENT = "    ";

  private MermaidDiagram() {}

  /** Returns the diagram of {@link Workflow#transitions()}, starting from an issued account. */
  public static String statuses() {
    StringBuilder out = header();
    for (ProfileStatus status : ProfileStatus.values()) {
      declare(out, status.name(), status.labelVi());
    }
    arrow(out, "[*]", ProfileStatus.NOT_STARTED.name(), label(Action.ISSUE_ACCOUNT, ""));
    for (Transition transition : Workflow.transitions()) {
      arrow(out, transition.from().name(), transition.to().name(),
          label(transition.action(), ""));
    }
    return out.toString();
  }

  /**
   * Returns the diagram of {@link Workflow#syncTransitions()}, the sync state of the latest
   * confirmed version, starting from the first approval.
   */
  public static String syncStates() {
    StringBuilder out = header();
    for (SyncState state : SyncState.values()) {
      declare(out, state.name(), state.labelVi());
    }
    arrow(out, "[*]", SyncState.NOT_SYNCED.name(), label(Action.APPROVE, "first version"));
    List<SyncTransition> transitions = Workflow.syncTransitions();
    for (SyncTransition transition : transitions) {
      arrow(out, transition.from().name(), transition.to().name(),
          label(transition.action(), transition.condition()));
    }
    return out.toString();
  }

  private static StringBuilder header() {
    return new StringBuilder("stateDiagram-v2\n").append(INDENT).append("direction LR\n");
  }

  private static void declare(StringBuilder out, String id, String labelVi) {
    out.append(INDENT).append("state \"").append(labelVi).append(" (").append(id)
        .append(")\" as ").append(id).append('\n');
  }

  private static void arrow(StringBuilder out, String from, String to, String label) {
    out.append(INDENT).append(from).append(" --> ").append(to).append(": ").append(label)
        .append('\n');
  }

  private static String label(Action action, String condition) {
    String role = action.role().labelEn().toLowerCase(Locale.ROOT);
    String base = action.labelEn() + " (" + role + ")";
    return condition.isEmpty() ? base : base + ", " + condition;
  }
}
