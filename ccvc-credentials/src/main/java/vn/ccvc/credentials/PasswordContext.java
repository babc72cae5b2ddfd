package vn.ccvc.credentials;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;

/**
 * The facts about a person that {@link NewPasswordPolicy} checks a new password against. Any
 * part may be {@code null} when unknown, and the rules about it are then skipped.
 * {@link #toString()} masks the citizen ID and hides the initial password. Instances are
 * immutable.
 *
 * @param citizenId the 12-digit citizen ID
 * @param familyName the family name
 * @param givenName the given name
 * @param birthDate the birth date as {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}
 * @param initialPassword the initial password the person received
 */
public record PasswordContext(@Nullable String citizenId, @Nullable String familyName,
    @Nullable String givenName, @Nullable String birthDate, @Nullable String initialPassword) {

  /** Returns a context without facts about the person, so only the generic rules apply. */
  public static PasswordContext none() {
    return new PasswordContext(null, null, null, null, null);
  }

  /**
   * Creates the context of the person a credential request describes. The family name is the
   * explicit one or the first word of the full name, the given name the explicit one or the
   * last word, as {@link NationalScheme} takes it.
   *
   * @param initialPassword the initial password the person received, or {@code null}
   */
  public static PasswordContext of(CredentialRequest request, @Nullable String initialPassword) {
    Objects.requireNonNull(request, "request");
    String fullName = request.fullName();
    String family = request.familyName();
    String given = request.givenName();
    if (fullName != null) {
      family = Names.isBlank(family) ? Names.firstWord(fullName) : family;
      given = Names.isBlank(given) ? Names.lastWord(fullName) : given;
    }
    String id = Names.trim(request.citizenId());
    return new PasswordContext(id.isEmpty() ? null : id, family, given, request.birthDate(),
        initialPassword);
  }

  /** Creates the context of the person of a profile's section I; see {@link #of}. */
  public static PasswordContext of(Identity identity, @Nullable String initialPassword) {
    return of(CredentialRequest.from(identity), initialPassword);
  }

  /** Returns a description with the citizen ID masked and the rest hidden. */
  @Override
  public String toString() {
    return "PasswordContext[citizenId=" + (citizenId == null ? null : CitizenId.mask(citizenId))
        + ", familyName=" + familyName + ", givenName=" + givenName + ", birthDate="
        + (birthDate == null ? null : "(set)") + ", initialPassword="
        + (initialPassword == null ? null : "(hidden)") + "]";
  }
}
