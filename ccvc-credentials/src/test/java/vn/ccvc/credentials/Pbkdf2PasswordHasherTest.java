package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ccvc.credentials.CredentialAssertions.thrownBy;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

  /** A cheap cost, so that tests run fast; one test below uses the default. */
  private static final Pbkdf2PasswordHasher CHEAP = Pbkdf2PasswordHasher.withIterations(1_000);

  @Test
  void hash_isSelfDescribing() {
    String hash = CHEAP.hash("Mây trôi qua đồi");
    assertThat(hash).matches("\\$pbkdf2-sha256\\$i=1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
  }

  @Test
  void hash_saltedDifferentlyEachTime() {
    assertThat(CHEAP.hash("Mây trôi qua đồi")).isNotEqualTo(CHEAP.hash("Mây trôi qua đồi"));
  }

  @Test
  void verify_rightAndWrongPassword() {
    String hash = CHEAP.hash("Mây trôi qua đồi");
    assertThat(CHEAP.verify("Mây trôi qua đồi", hash)).isTrue();
    assertThat(CHEAP.verify("Mây trôi qua đồi!", hash)).isFalse();
    assertThat(CHEAP.verify("mây trôi qua đồi", hash)).isFalse();
    assertThat(CHEAP.verify("", hash)).isFalse();
  }

  @Test
  void verify_nfdEqualsNfc() {
    String hash = CHEAP.hash("Mây trôi qua đồi");
    String nfd = Normalizer.normalize("Mây trôi qua đồi", Normalizer.Form.NFD);
    assertThat(CHEAP.verify(nfd, hash)).isTrue();
  }

  @Test
  void verify_knownVector() {
    // PBKDF2-HMAC-SHA256("passwd", "saltsalt", 1000, 32), computed with Python's hashlib.
    String salt = Base64.getEncoder().withoutPadding().encodeToString("saltsalt".getBytes());
    String hash = Base64.getEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(
        "281247d11230f850a738a262dacfe9a4d8111c54c5cc18d7ab1b3ec52df31d36"));
    String stored = "$pbkdf2-sha256$i=1000$" + salt + "$" + hash;
    assertThat(CHEAP.verify("passwd", stored)).isTrue();
  }

  @Test
  void verify_hashOfOtherIterationCount() {
    String old = Pbkdf2PasswordHasher.withIterations(500).hash("Mây trôi qua đồi");
    assertThat(CHEAP.verify("Mây trôi qua đồi", old)).isTrue();
  }

  @Test
  void needsRehash_forWeakerParameters() {
    assertThat(CHEAP.needsRehash(CHEAP.hash("x"))).isFalse();
    assertThat(CHEAP.needsRehash(Pbkdf2PasswordHasher.withIterations(999).hash("x"))).isTrue();
    assertThat(Pbkdf2PasswordHasher.withIterations(500).needsRehash(CHEAP.hash("x"))).isFalse();
    String eightByteSalt = "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ$"
        + "aIkAqxOLkEowLIHAMMDVxLf69Jpm58/bJ22dPT+UYKI";
    assertThat(CHEAP.needsRehash(eightByteSalt)).isTrue();
  }

  @Test
  void needsRehash_forOtherAlgorithm() {
    assertThat(CHEAP.needsRehash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA")).isTrue();
  }

  @Test
  void verify_otherAlgorithm_rejected() {
    CredentialException e = thrownBy(() -> CHEAP.verify("x",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA"));
    assertThat(e.code()).isEqualTo("credentials.hash.algorithm");
    assertThat(e.getMessage()).isEqualTo("The stored hash uses the algorithm 'argon2id', but "
        + "this hasher computes pbkdf2-sha256; verify it with the hasher of that algorithm.");
  }

  @Test
  void malformedHashes_rejected() {
    String salt = "c2FsdHNhbHRzYWx0c2FsdA";
    String hash = "aIkAqxOLkEowLIHAMMDVxLf69Jpm58/bJ22dPT+UYKI";
    for (String stored : new String[] {"", "pbkdf2-sha256$i=1000$" + salt + "$" + hash,
        "$pbkdf2-sha256$i=1000$" + salt, "$pbkdf2-sha256$1000$" + salt + "$" + hash,
        "$pbkdf2-sha256$i=0$" + salt + "$" + hash, "$pbkdf2-sha256$i=1000$" + salt + "$***",
        "$pbkdf2-sha256$i=1000$c2FsdA$" + hash, "$pbkdf2-sha256$i=10000001$" + salt + "$" + hash,
        "$$i=1000$" + salt + "$" + hash}) {
      CredentialException e = thrownBy(() -> CHEAP.verify("x", stored));
      assertThat(e.code()).as(stored).isEqualTo("credentials.hash.format");
      assertThat(e.getMessage()).as(stored).startsWith("The stored password hash is malformed: ")
          .doesNotContain(hash);
    }
  }

  @Test
  void malformedHash_messageNamesProblem() {
    CredentialException e = thrownBy(() -> CHEAP.needsRehash(
        "$pbkdf2-sha256$i=20000000$c2FsdHNhbHQ$c2FsdHNhbHQ"));
    assertThat(e.getMessage()).isEqualTo("The stored password hash is malformed: its iteration "
        + "count exceeds 10000000. Check that the stored value was not cut off or altered; the "
        + "person may need a new initial password.");
  }

  @Test
  void iterations_outOfRange_rejected() {
    assertThatThrownBy(() -> Pbkdf2PasswordHasher.withIterations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The iteration count is 0; use 1 to 10000000, and 600000 outside tests.");
    assertThatThrownBy(() -> Pbkdf2PasswordHasher.of(10_000_001, new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultCost() {
    // The only test at the default cost: 600,000 iterations take a noticeable time by design.
    Pbkdf2PasswordHasher hasher = Pbkdf2PasswordHasher.create();
    assertThat(hasher.iterations()).isEqualTo(600_000);
    String hash = hasher.hash("Mây trôi qua đồi");
    assertThat(hash).startsWith("$pbkdf2-sha256$i=600000$");
    assertThat(hasher.verify("Mây trôi qua đồi", hash)).isTrue();
    assertThat(hasher.needsRehash(hash)).isFalse();
    assertThat(hasher.needsRehash(CHEAP.hash("x"))).isTrue();
  }
}
