package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyPropertiesTest {

  private static final NewPasswordPolicy POLICY = NewPasswordPolicy.defaults();

  @Test
  void nationalInitialPassword_alwaysRejected() {
    qt().forAll(TestPeople.people()).checkAssert(person -> {
      String initial = NationalScheme.password(person.id(), person.fullName(), null);
      PasswordCheck check = POLICY.check(initial, PasswordContext.of(person.request(), initial));
      assertThat(check.accepted()).isFalse();
      assertThat(check.codes()).contains("password.sameAsInitial", "password.initialScheme",
          "password.containsName");
    });
  }

  @Test
  void nationalShapePaddedToLength_rejected() {
    qt().forAll(TestPeople.people()).checkAssert(person -> {
      String initial = NationalScheme.password(person.id(), person.fullName(), null);
      String padded = initial + "Gx7#vR";
      PasswordCheck check = POLICY.check(padded, PasswordContext.of(person.request(), initial));
      assertThat(check.codes()).contains("password.initialScheme");
    });
  }

  @Test
  void randomInitialPassword_passesPolicy() {
    RandomScheme scheme = RandomScheme.of(12, new SecureRandom(), POLICY);
    qt().forAll(TestPeople.people()).checkAssert(person -> {
      String password = scheme.generate(person.request()).value();
      assertThat(password).hasSize(12);
      assertThat(POLICY.check(password, PasswordContext.of(person.request(), null)).codes())
          .isEmpty();
    });
  }

  @Test
  void randomInitial_rejectedOnlyAsInitial() {
    RandomScheme scheme = RandomScheme.create();
    qt().forAll(TestPeople.people()).checkAssert(person -> {
      String initial = scheme.generate(person.request()).value();
      assertThat(POLICY.check(initial, PasswordContext.of(person.request(), initial)).codes())
          .containsExactly("password.sameAsInitial");
    });
  }

  @Test
  void randomScheme_neverRepeatsInLargeSample() {
    PasswordScheme scheme = PasswordScheme.random();
    CredentialRequest request = CredentialRequest.of("038185011234", "Bùi Thị Thủy");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      seen.add(scheme.generate(request).value());
    }
    assertThat(seen).hasSize(50_000);
  }

  @Test
  void rejectionMessages_neverContainPassword() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(5, 20))
        .checkAssert(password -> POLICY.check(password, PasswordContext.none()).rejections()
            .forEach(rejection -> assertThat(rejection.message()).doesNotContain(password)));
  }
}
