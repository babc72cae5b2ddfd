package vn.ccvc.workflow;

import java.util.Objects;
import vn.ccvc.model.CitizenId;

/**
 * The decision for one profile of a bulk selection.
 *
 * @param owner the profile's owner
 * @param decision the outcome for this profile alone
 */
public record BulkResult(CitizenId owner, Decision decision) {
  /** Creates a result. */
  public BulkResult {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(decision, "decision");
  }

  /** Returns a description with the owner's citizen ID masked. */
  @Override
  public String toString() {
    return "BulkResult[owner=" + owner.masked() + ", decision=" + decision + "]";
  }
}
