package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;

/**
 * A disciplinary measure of item 22.
 *
 * @param formCode code in the discipline-form catalogue; which forms exist depends on the date
 * @param decisionDate date of the decision, {@code yyyy-MM-dd} (or partial)
 * @param authority who decided: party, government or organisation, and at which level
 * @param reason the reason as written in the decision
 */
public record Discipline(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.DISCIPLINE_FORMS)
    @Nullable String formCode,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText
    @Nullable String decisionDate,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String authority,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String reason) {

  /** Creates a record of a measure, normalising every text component. */
  public Discipline {
    formCode = Text.line(formCode);
    decisionDate = Text.line(decisionDate);
    authority = Text.line(authority);
    reason = Text.line(reason);
  }
}
