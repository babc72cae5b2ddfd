package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.Submission;

/**
 * Section III, family relations (Quan hệ gia đình): tables 30a and 30b.
 *
 * @param ownSide table 30a: parents, spouse, children, siblings
 * @param spouseSide table 30b: the spouse's parents and siblings
 */
public record Family(
    @NotEmpty(groups = Submission.class, message = Constraints.REQUIRED)
    List<@Valid Relative> ownSide,
    List<@Valid Relative> spouseSide) {

  static final Family EMPTY = new Family(null, null);

  /** Creates the section; a missing list is read as empty. */
  public Family(@Nullable List<Relative> ownSide, @Nullable List<Relative> spouseSide) {
    this.ownSide = Text.list(ownSide);
    this.spouseSide = Text.list(spouseSide);
  }
}
