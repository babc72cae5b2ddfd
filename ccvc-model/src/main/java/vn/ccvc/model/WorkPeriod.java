package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;
import vn.ccvc.model.validation.ValidPeriod;

/**
 * One row of table 28, the work history.
 *
 * @param from start, {@code yyyy-MM} or {@code yyyy}
 * @param to end, {@code yyyy-MM} or {@code yyyy}; missing for the current post
 * @param description title, post and unit (party, government, organisation), including time
 *     spent in training
 */
@ValidPeriod
public record WorkPeriod(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText
    @Nullable String from,
    @DateText
    @Nullable String to,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String description) implements PeriodRow {

  /** Creates a row, normalising every text component. */
  public WorkPeriod {
    from = Text.line(from);
    to = Text.line(to);
    description = Text.line(description);
  }
}
