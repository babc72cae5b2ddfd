package vn.ccvc.credentials;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.ccvc.model.CitizenId;

/**
 * An initial credential issued to one person. It is single-use and the password must be changed
 * at first login; {@link AccountPolicy} enforces both and the expiry. {@link #toString()} masks
 * the user name and hides the password. Instances are immutable.
 *
 * @param username the user name, the person's 12-digit citizen ID
 * @param initialPassword the initial password
 * @param scheme the name of the scheme that made the password, such as {@code national}
 * @param issuedAt when the credential was issued
 * @param expiresAt when the credential stops being accepted
 * @param repairs look-alike characters replaced in the name; empty when none
 */
public record IssuedCredential(String username, String initialPassword, String scheme,
    Instant issuedAt, Instant expiresAt, List<NameRepair> repairs) {

  /**
   * Creates a credential, copying the repairs.
   *
   * @throws IllegalArgumentException if {@code expiresAt} is not after {@code issuedAt}
   */
  public IssuedCredential {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(initialPassword, "initialPassword");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    repairs = List.copyOf(repairs);
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("expiresAt " + expiresAt + " is not after issuedAt "
          + issuedAt + "; a credential must be valid for some time");
    }
  }

  /** Returns {@code true}: an initial credential is accepted for one login only. */
  public boolean singleUse() {
    return true;
  }

  /** Returns {@code true}: the password must be changed at the first login. */
  public boolean changeRequired() {
    return true;
  }

  /** Tells whether the credential has expired at {@code now}, the expiry instant included. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Tells whether a look-alike character in the name was replaced. */
  public boolean repaired() {
    return !repairs.isEmpty();
  }

  /** Returns a description with the user name masked and the password hidden. */
  @Override
  public String toString() {
    return "IssuedCredential[username=" + CitizenId.mask(username)
        + ", initialPassword=(hidden), scheme=" + scheme + ", issuedAt=" + issuedAt
        + ", expiresAt=" + expiresAt + ", singleUse=true, changeRequired=true, repairs="
        + repairs + "]";
  }
}
