package vn.ccvc.credentials;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

/**
 * The secure initial-password scheme: characters drawn with {@link SecureRandom}, so that no one
 * can compute the password from what they know of the person.
 *
 * <p>A password is {@value #DEFAULT_LENGTH} characters long unless set otherwise (at least
 * {@value #MIN_LENGTH}), from an alphabet without characters that are easy to misread on paper
 * or screen: no {@code 0}, {@code O}, {@code o}, {@code 1}, {@code I}, {@code i}, {@code l}, and
 * no quotes, commas or spaces. It contains at least one upper-case letter, one lower-case letter,
 * one digit and one symbol, and starts with a letter, so that a spreadsheet does not read it as
 * a formula. That gives about 5.9 bits of entropy a character, about 70 bits at 12 characters
 * and 94 at 16. A drawn
 * password that the {@link NewPasswordPolicy} would reject for the person, such as one with
 * {@code abcd} or the person's name in it, is drawn again.
 *
 * <p>The scheme needs only a well-formed citizen ID; the name and birth date are used only for
 * the policy check. It is safe to use from several threads, as {@link SecureRandom} is.
 */
public final class RandomScheme implements PasswordScheme {

  /** The scheme's name, {@value}. */
  public static final String NAME = "random";

  /** Default length of a password, in characters. */
  public static final int DEFAULT_LENGTH = 16;

  /** Minimum length of a password, in characters. */
  public static final int MIN_LENGTH = 12;

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghjkmnpqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "#%*+=?@";
  private static final String LETTERS = UPPER + LOWER;
  private static final String ALPHABET = LETTERS + DIGITS + SYMBOLS;
  private static final List<String> CLASSES = List.of(UPPER, LOWER, DIGITS, SYMBOLS);

  /**
   * Draws allowed before giving up. By estimate the default policy rejects under 1 % of draws,
   * the most for a person with a name part of two letters, so this limit is never reached.
   */
  private static final int MAX_DRAWS = 1000;

  private final int length;
  private final SecureRandom random;
  private final NewPasswordPolicy policy;

  private RandomScheme(int length, SecureRandom random, NewPasswordPolicy policy) {
    this.length = length;
    this.random = random;
    this.policy = policy;
  }

  /** Creates the scheme with the default length, a new {@link SecureRandom} and policy. */
  public static RandomScheme create() {
    return of(DEFAULT_LENGTH, new SecureRandom(), NewPasswordPolicy.defaults());
  }

  /**
   * Creates the scheme.
   *
   * @param length the length of a password in characters
   * @param random the source of randomness
   * @param policy the policy a password must pass for its person
   * @throws IllegalArgumentException if {@code length} is less than {@value #MIN_LENGTH}
   */
  public static RandomScheme of(int length, SecureRandom random, NewPasswordPolicy policy) {
    if (length < MIN_LENGTH) {
      throw new IllegalArgumentException("The length of a random password is " + length
          + "; use " + MIN_LENGTH + " or more.");
    }
    return new RandomScheme(length, Objects.requireNonNull(random, "random"),
        Objects.requireNonNull(policy, "policy"));
  }

  /** Returns {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  /** Returns the length of a password, in characters. */
  public int length() {
    return length;
  }

  /**
   * Draws a random password for the person {@code request} describes. It never reports
   * repairs.
   *
   * @throws CredentialException with {@link CredentialException#CITIZEN_ID_MISSING} or
   *     {@link CredentialException#CITIZEN_ID_FORMAT} if the citizen ID is not 12 digits
   * @throws IllegalStateException if no draw passes the policy, which happens only with a
   *     policy that rejects every password of this length
   */
  @Override
  public InitialPassword generate(CredentialRequest request) {
    Names.citizenIdDigits(request.citizenId());
    PasswordContext context = PasswordContext.of(request, null);
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      String candidate = draw();
      if (policy.check(candidate, context).accepted()) {
        return new InitialPassword(candidate, List.of());
      }
    }
    throw new IllegalStateException("No random password of " + length + " characters passed "
        + "the new-password policy in " + MAX_DRAWS + " draws; check the policy's settings.");
  }

  /** Draws one password with every character class present and a letter first. */
  private String draw() {
    while (true) {
      char[] chars = new char[length];
      chars[0] = pick(LETTERS);
      for (int i = 1; i < length; i++) {
        chars[i] = pick(ALPHABET);
      }
      String candidate = new String(chars);
      if (CLASSES.stream().allMatch(set -> containsAny(candidate, set))) {
        return candidate;
      }
    }
  }

  private char pick(String set) {
    return set.charAt(random.nextInt(set.length()));
  }

  private static boolean containsAny(String text, String set) {
    for (int i = 0; i < text.length(); i++) {
      if (set.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
