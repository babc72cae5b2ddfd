package vn.ccvc.workflow;

import java.time.Instant;
import java.util.Objects;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.Profile;

/**
 * A version of a profile an approver confirmed: what a leader syncs to the national database.
 *
 * @param version 1 for the first approval of the profile, one more for each later approval; the
 *     pair (owner, version) is the sync's idempotency key
 * @param profile the confirmed content
 * @param assessment the agency's assessment, form 2C item 32
 * @param approver who confirmed it
 * @param at when it was confirmed
 */
public record ConfirmedVersion(int version, Profile profile, AgencyAssessment assessment,
    Actor approver, Instant at) {

  /**
   * Creates a confirmed version.
   *
   * @throws IllegalArgumentException if {@code version} is less than 1
   */
  public ConfirmedVersion {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(at, "at");
    if (version < 1) {
      throw new IllegalArgumentException("Confirmed version must be 1 or more, not " + version);
    }
  }

  /** Returns a description without the profile's content, which contains the citizen ID. */
  @Override
  public String toString() {
    return "ConfirmedVersion[version=" + version + ", approver=" + approver + ", at=" + at + "]";
  }
}
