package vn.ccvc.examples.demo;

import java.security.SecureRandom;
import java.time.Instant;
import vn.ccvc.credentials.AccountDecision;
import vn.ccvc.credentials.AccountPolicy;
import vn.ccvc.credentials.AccountState;
import vn.ccvc.credentials.IssuedCredential;
import vn.ccvc.credentials.NewPasswordPolicy;
import vn.ccvc.credentials.PasswordCheck;
import vn.ccvc.credentials.PasswordContext;
import vn.ccvc.credentials.PasswordHasher;
import vn.ccvc.credentials.Pbkdf2PasswordHasher;

/**
 * Shows one employee's first login as a host system would run it: the initial password checked
 * against its stored hash, the mandatory change, a new password too close to the initial one
 * refused, and a strong one accepted. No password or hash is printed.
 */
final class FirstLogin {

  private static final String LETTERS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";

  private final Texts texts;
  private final Screen screen;

  FirstLogin(Texts texts, Screen screen) {
    this.texts = texts;
    this.screen = screen;
  }

  /** Plays the first login of {@code employee} with {@code credential} at {@code now}. */
  void show(Employee employee, IssuedCredential credential, Instant now) {
    PasswordHasher hasher = Pbkdf2PasswordHasher.create();
    String stored = hasher.hash(credential.initialPassword());
    boolean verified = hasher.verify(credential.initialPassword(), stored);
    AccountDecision login = AccountPolicy.loginWithInitialCredential(
        AccountState.awaitingFirstLogin(credential), now);
    PasswordContext context = PasswordContext.of(employee.profile().identity(),
        credential.initialPassword());
    NewPasswordPolicy policy = NewPasswordPolicy.defaults();
    PasswordCheck close = policy.check(credential.initialPassword() + "2026", context);
    PasswordCheck strong = policy.check(randomPassword(), context);
    for (int tries = 1; !strong.accepted() && tries < 20; tries++) {
      // A random draw can hold a run such as "abc", which the policy refuses; draw again.
      strong = policy.check(randomPassword(), context);
    }
    AccountDecision changed = strong.accepted()
        ? AccountPolicy.passwordChanged(login.state()) : login;
    screen.item(texts.get("login.initial", employee.id().masked(),
        verified ? texts.get("login.verified") : texts.get("login.notVerified"),
        login.state().status()));
    screen.item(texts.get("login.close", String.join(", ", close.codes())));
    screen.item(texts.get("login.strong", strong.accepted() ? texts.get("login.accepted")
        : String.join(", ", strong.codes()), changed.state().status()));
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return password.toString();
  }
}
