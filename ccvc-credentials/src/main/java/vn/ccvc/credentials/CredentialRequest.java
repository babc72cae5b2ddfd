package vn.ccvc.credentials;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;

/**
 * The facts about one person that an initial credential is made from, as the source holds them:
 * nothing is checked or normalised here, so that a batch can report each row's mistakes.
 *
 * <p>The password schemes use the citizen ID and the name; the new-password policy also uses
 * the family name and the birth date, which may be missing. {@link #toString()} masks the
 * citizen ID. Instances are immutable.
 *
 * @param citizenId the 12-digit citizen ID, which becomes the user name
 * @param fullName the full name, family name first, or {@code null} when missing
 * @param familyName the family name when the source stores it apart, else {@code null} for the
 *     first word of the full name
 * @param givenName the given name when the source stores it apart, else {@code null} for the
 *     last word of the full name; Ê Đê and Gia Rai names, whose clan name comes last (H'Hen
 *     Niê), need it
 * @param birthDate the birth date as {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}, or
 *     {@code null} when unknown
 */
public record CredentialRequest(String citizenId, @Nullable String fullName,
    @Nullable String familyName, @Nullable String givenName, @Nullable String birthDate) {

  /** Creates a request. */
  public CredentialRequest {
    Objects.requireNonNull(citizenId, "citizenId");
  }

  /** Creates a request from a citizen ID and a full name whose last word is the given name. */
  public static CredentialRequest of(String citizenId, @Nullable String fullName) {
    return new CredentialRequest(citizenId, fullName, null, null, null);
  }

  /** Creates a request from a citizen ID, a full name and an explicit given name. */
  public static CredentialRequest of(String citizenId, @Nullable String fullName,
      @Nullable String givenName) {
    return new CredentialRequest(citizenId, fullName, null, givenName, null);
  }

  /** Creates a request from section I of a profile, with an empty citizen ID when it has none. */
  public static CredentialRequest from(Identity identity) {
    String id = identity.citizenId();
    return new CredentialRequest(id == null ? "" : id, identity.fullName(),
        identity.familyName(), identity.givenName(), identity.birthDate());
  }

  /** Creates a request from a profile's section I; see {@link #from(Identity)}. */
  public static CredentialRequest from(Profile profile) {
    return from(profile.identity());
  }

  /** Returns the request with the citizen ID masked. */
  @Override
  public String toString() {
    return "CredentialRequest[citizenId=" + CitizenId.mask(citizenId) + ", fullName=" + fullName
        + ", familyName=" + familyName + ", givenName=" + givenName + ", birthDate="
        + (birthDate == null ? null : "(set)") + "]";
  }
}
