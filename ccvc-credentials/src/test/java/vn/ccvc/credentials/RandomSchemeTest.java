package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ccvc.credentials.CredentialAssertions.thrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomSchemeTest {

  private static final CredentialRequest THUY = CredentialRequest.of("038185011234",
      "Bùi Thị Thủy");

  @Test
  void defaultLength16() {
    InitialPassword password = PasswordScheme.random().generate(THUY);
    assertThat(password.value()).hasSize(16);
    assertThat(password.repairs()).isEmpty();
  }

  @Test
  void passwords_haveNoLookAlikesAndEveryClass() {
    RandomScheme scheme = RandomScheme.of(12, new SecureRandom(), NewPasswordPolicy.defaults());
    for (int i = 0; i < 2_000; i++) {
      String password = scheme.generate(THUY).value();
      assertThat(password).hasSize(12);
      assertThat(password).doesNotContainPattern("[0O1Iil,;\"' |`]");
      assertThat(password).matches("[A-Za-z].*");
      assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]")
          .containsPattern("[2-9]").containsPattern("[#%*+=?@]");
      assertThat(password).matches("[A-HJ-NP-Za-km-np-z2-9#%*+=?@]{12}");
    }
  }

  @Test
  void sameSeed_samePasswords() throws Exception {
    SecureRandom first = SecureRandom.getInstance("SHA1PRNG");
    first.setSeed(42L);
    SecureRandom second = SecureRandom.getInstance("SHA1PRNG");
    second.setSeed(42L);
    NewPasswordPolicy policy = NewPasswordPolicy.defaults();
    String a = RandomScheme.of(14, first, policy).generate(THUY).value();
    String b = RandomScheme.of(14, second, policy).generate(THUY).value();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void policyRejectingEveryDraw_fails() {
    // A minimum length above the scheme's length makes the policy reject every draw.
    NewPasswordPolicy impossible = NewPasswordPolicy.builder().minLength(13).build();
    RandomScheme scheme = RandomScheme.of(12, new SecureRandom(), impossible);
    assertThatThrownBy(() -> scheme.generate(THUY)).isInstanceOf(IllegalStateException.class)
        .hasMessage("No random password of 12 characters passed the new-password policy in "
            + "1000 draws; check the policy's settings.");
  }

  @Test
  void nameNotNeeded() {
    assertThat(PasswordScheme.random().generate(CredentialRequest.of("038185011234", null))
        .value()).hasSize(16);
  }

  @Test
  void invalidCitizenId_rejected() {
    CredentialException e = thrownBy(() -> PasswordScheme.random()
        .generate(CredentialRequest.of("03818501123", "Bùi Thị Thủy")));
    assertThat(e.code()).isEqualTo("credentials.citizenId.format");
  }

  @Test
  void lengthBelow12_rejected() {
    assertThatThrownBy(() -> RandomScheme.of(11, new SecureRandom(),
        NewPasswordPolicy.defaults())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The length of a random password is 11; use 12 or more.");
  }

  @Test
  void byName() {
    assertThat(PasswordScheme.byName("random").name()).isEqualTo("random");
    assertThat(PasswordScheme.byName("national")).isSameAs(PasswordScheme.national());
    CredentialException e = thrownBy(() -> PasswordScheme.byName("Random"));
    assertThat(e.code()).isEqualTo("credentials.scheme.unknown");
    assertThat(e.getMessage())
        .isEqualTo("The password scheme 'Random' is unknown; use 'national' or 'random'.");
  }

  @Test
  void toString_hidesPassword() {
    InitialPassword password = PasswordScheme.random().generate(THUY);
    assertThat(password.toString()).doesNotContain(password.value())
        .isEqualTo("InitialPassword[value=(hidden), repairs=" + List.of() + "]");
  }
}
