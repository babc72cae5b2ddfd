package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * A disciplinary measure of item 22.
 *
 * @param formCode code in the discipline-form catalogue; which forms exist depends on the date
 * @param decisionDate date of the decision, {@code yyyy-MM-dd} (or partial)
 * @param authority who decided: party, government or organisation, and at which level
 * @param reason the reason as written in the decision
 */
public record Discipline(
    @Nullable String formCode,
    @Nullable String decisionDate,
    @Nullable String authority,
    @Nullable String reason) {

  /** Creates a record of a measure, normalising every text component. */
  public Discipline {
    formCode = Text.line(formCode);
    decisionDate = Text.line(decisionDate);
    authority = Text.line(authority);
    reason = Text.line(reason);
  }
}
