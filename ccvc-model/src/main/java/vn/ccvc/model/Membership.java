package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * Membership of a socio-political organisation, item 17.
 *
 * @param organisation the organisation, such as the Youth Union or the Trade Union
 * @param joinDate date of joining
 * @param role what the employee does in it
 */
public record Membership(@Nullable String organisation, @Nullable String joinDate,
    @Nullable String role) {

  /** Creates a membership, normalising every text component. */
  public Membership {
    organisation = Text.line(organisation);
    joinDate = Text.line(joinDate);
    role = Text.line(role);
  }
}
