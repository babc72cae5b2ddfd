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
import vn.ccvc.model.validation.ValidPeriod;

/**
 * One row of table 27, training in profession, political theory, languages and IT.
 *
 * @param school name of the school or training institution
 * @param field field of study or training
 * @param from start, {@code yyyy-MM} or {@code yyyy}
 * @param to end, {@code yyyy-MM} or {@code yyyy}; missing while the training goes on
 * @param modeCode code in the training-mode catalogue (chính quy, tại chức, …)
 * @param diploma diploma, certificate or level obtained
 */
@ValidPeriod
public record Training(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String school,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String field,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText
    @Nullable String from,
    @DateText
    @Nullable String to,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.TRAINING_MODES)
    @Nullable String modeCode,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String diploma) implements PeriodRow {

  /** Creates a row, normalising every text component. */
  public Training {
    school = Text.line(school);
    field = Text.line(field);
    from = Text.line(from);
    to = Text.line(to);
    modeCode = Text.line(modeCode);
    diploma = Text.line(diploma);
  }
}
