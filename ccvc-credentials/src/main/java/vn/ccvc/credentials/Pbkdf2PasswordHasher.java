package vn.ccvc.credentials;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA256 from the JDK, at {@value #DEFAULT_ITERATIONS} iterations with a
 * {@value #SALT_BYTES}-byte random salt and a {@value #HASH_BYTES}-byte hash by default.
 *
 * <p>A hash is written {@code $pbkdf2-sha256$i=600000$SALT$HASH}, in the PHC string format:
 * the algorithm, the iteration count, then the salt and the hash in Base64 without padding. The
 * password is hashed as the UTF-8 bytes of its NFKC normalisation, so the same password typed
 * with composed or decomposed Vietnamese letters verifies alike. {@link #verify} compares with
 * {@link MessageDigest#isEqual}, whose time does not depend on where the bytes differ.
 *
 * <p>One hash at the default cost takes a noticeable fraction of a second by design. Lower
 * counts, from {@link #withIterations}, are for tests and for reading old hashes; a host should
 * hash with the default. To bound the work an altered stored hash can cause, {@link #verify}
 * rejects counts above {@value #MAX_ITERATIONS}. A hasher is immutable and safe to share
 * between threads.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

  /** Default iteration count. */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** Length of the random salt in bytes. */
  public static final int SALT_BYTES = 16;

  /** Length of the hash in bytes. */
  public static final int HASH_BYTES = 32;

  /** Largest iteration count a stored hash may name. */
  public static final int MAX_ITERATIONS = 10_000_000;

  private static final String ALGORITHM_ID = "pbkdf2-sha256";
  private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int MIN_STORED_BYTES = 8;
  private static final int MAX_STORED_BYTES = 64;

  private final int iterations;
  private final SecureRandom random;

  private Pbkdf2PasswordHasher(int iterations, SecureRandom random) {
    this.iterations = iterations;
    this.random = random;
  }

  /** Creates a hasher with the default parameters and a new {@link SecureRandom}. */
  public static Pbkdf2PasswordHasher create() {
    return new Pbkdf2PasswordHasher(DEFAULT_ITERATIONS, new SecureRandom());
  }

  /**
   * Creates a hasher with another iteration count; below the default only for tests.
   *
   * @throws IllegalArgumentException if {@code iterations} is not between 1 and
   *     {@value #MAX_ITERATIONS}
   */
  public static Pbkdf2PasswordHasher withIterations(int iterations) {
    return of(iterations, new SecureRandom());
  }

  /**
   * Creates a hasher with the given iteration count and source of salts.
   *
   * @throws IllegalArgumentException if {@code iterations} is not between 1 and
   *     {@value #MAX_ITERATIONS}
   */
  public static Pbkdf2PasswordHasher of(int iterations, SecureRandom random) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("The iteration count is " + iterations
          + "; use 1 to " + MAX_ITERATIONS + ", and " + DEFAULT_ITERATIONS + " outside tests.");
    }
    return new Pbkdf2PasswordHasher(iterations, Objects.requireNonNull(random, "random"));
  }

  /** Returns the iteration count used for new hashes. */
  public int iterations() {
    return iterations;
  }

  @Override
  public String hash(CharSequence password) {
    Objects.requireNonNull(password, "password");
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations, HASH_BYTES);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "$" + ALGORITHM_ID + "$i=" + iterations + "$" + base64.encodeToString(salt) + "$"
        + base64.encodeToString(hash);
  }

  @Override
  public boolean verify(CharSequence password, String hash) {
    Objects.requireNonNull(password, "password");
    Stored stored = Stored.parse(hash);
    if (!stored.algorithm().equals(ALGORITHM_ID)) {
      throw new CredentialException(CredentialException.HASH_ALGORITHM, "The stored hash uses "
          + "the algorithm '" + stored.algorithm() + "', but this hasher computes "
          + ALGORITHM_ID + "; verify it with the hasher of that algorithm.");
    }
    byte[] actual = derive(password, stored.salt(), stored.iterations(), stored.hash().length);
    return MessageDigest.isEqual(actual, stored.hash());
  }

  @Override
  public boolean needsRehash(String hash) {
    Stored stored = Stored.parse(hash);
    return !stored.algorithm().equals(ALGORITHM_ID) || stored.iterations() < iterations
        || stored.salt().length < SALT_BYTES || stored.hash().length != HASH_BYTES;
  }

  private static byte[] derive(CharSequence password, byte[] salt, int iterations, int bytes) {
    char[] chars = Normalizer.normalize(password, Normalizer.Form.NFKC).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK does not provide " + JCA_ALGORITHM
          + ", which every Java 17 runtime includes; check the security providers.", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }

  /** The parts of a stored hash; the algorithm may be another one than PBKDF2. */
  private record Stored(String algorithm, int iterations, byte[] salt, byte[] hash) {

    static Stored parse(String text) {
      Objects.requireNonNull(text, "hash");
      String[] parts = text.split("\\$", -1);
      if (parts.length < 2 || !parts[0].isEmpty() || parts[1].isEmpty()) {
        throw malformed("it does not start with $ and an algorithm name");
      }
      if (!parts[1].equals(ALGORITHM_ID)) {
        return new Stored(parts[1], 0, new byte[0], new byte[0]);
      }
      if (parts.length != 5 || !parts[2].matches("i=[1-9][0-9]{0,7}")) {
        throw malformed("a " + ALGORITHM_ID + " hash has the form $" + ALGORITHM_ID
            + "$i=ITERATIONS$SALT$HASH");
      }
      int iterations = Integer.parseInt(parts[2].substring(2));
      if (iterations > MAX_ITERATIONS) {
        throw malformed("its iteration count exceeds " + MAX_ITERATIONS);
      }
      return new Stored(parts[1], iterations, decode(parts[3], "salt"), decode(parts[4], "hash"));
    }

    private static byte[] decode(String text, String part) {
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw malformed("its " + part + " is not Base64");
      }
      if (bytes.length < MIN_STORED_BYTES || bytes.length > MAX_STORED_BYTES) {
        throw malformed("its " + part + " has " + bytes.length + " bytes, not "
            + MIN_STORED_BYTES + " to " + MAX_STORED_BYTES);
      }
      return bytes;
    }

    private static CredentialException malformed(String problem) {
      return new CredentialException(CredentialException.HASH_FORMAT, "The stored password "
          + "hash is malformed: " + problem + ". Check that the stored value was not cut off "
          + "or altered; the person may need a new initial password.");
    }
  }
}
