package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;

/**
 * Membership of a socio-political organisation, item 17.
 *
 * @param organisation the organisation, such as the Youth Union or the Trade Union
 * @param joinDate date of joining
 * @param role what the employee does in it
 */
public record Membership(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String organisation,
    @DateText
    @Nullable String joinDate,
    @Size(max = Constraints.LINE,
    message = Constraints.TOO_LONG) @Nullable String role) {

  /** Creates a membership, normalising every text component. */
  public Membership {
    organisation = Text.line(organisation);
    joinDate = Text.line(joinDate);
    role = Text.line(role);
  }
}
