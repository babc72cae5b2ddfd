package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

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
public record Training(
    @Nullable String school,
    @Nullable String field,
    @Nullable String from,
    @Nullable String to,
    @Nullable String modeCode,
    @Nullable String diploma) {

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
