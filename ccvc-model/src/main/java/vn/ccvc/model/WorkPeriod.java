package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * One row of table 28, the work history.
 *
 * @param from start, {@code yyyy-MM} or {@code yyyy}
 * @param to end, {@code yyyy-MM} or {@code yyyy}; missing for the current post
 * @param description title, post and unit (party, government, organisation), including time
 *     spent in training
 */
public record WorkPeriod(@Nullable String from, @Nullable String to, @Nullable String description) {

  /** Creates a row, normalising every text component. */
  public WorkPeriod {
    from = Text.line(from);
    to = Text.line(to);
    description = Text.line(description);
  }
}
