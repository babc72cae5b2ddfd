package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.Submission;

/**
 * Section VII, work history (Quá trình công tác): table 28.
 *
 * @param entries the rows, oldest first
 */
public record WorkHistory(
    @NotEmpty(groups = Submission.class, message = Constraints.REQUIRED)
    List<@Valid WorkPeriod> entries) {

  static final WorkHistory EMPTY = new WorkHistory(null);

  /** Creates the section; a missing list is read as empty. */
  public WorkHistory(@Nullable List<WorkPeriod> entries) {
    this.entries = Text.list(entries);
  }
}
