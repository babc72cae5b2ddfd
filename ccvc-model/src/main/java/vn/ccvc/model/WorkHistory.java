package vn.ccvc.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * Section VII, work history (Quá trình công tác): table 28.
 *
 * @param entries the rows, oldest first
 */
public record WorkHistory(List<WorkPeriod> entries) {

  static final WorkHistory EMPTY = new WorkHistory(null);

  /** Creates the section; a missing list is read as empty. */
  public WorkHistory(@Nullable List<WorkPeriod> entries) {
    this.entries = Text.list(entries);
  }
}
