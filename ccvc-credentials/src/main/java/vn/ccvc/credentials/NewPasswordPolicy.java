package vn.ccvc.credentials;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a person may choose a password as the one that replaces the initial
 * password, returning every reason it is rejected, each as a {@link PasswordRule} with a code.
 *
 * <p>The rules, in the order they are reported:
 *
 * <ul>
 *   <li>Length between the minimum (default {@value #DEFAULT_MIN_LENGTH}) and the maximum
 *       (default {@value #DEFAULT_MAX_LENGTH}), counted in code points after NFKC normalisation.
 *       Any Unicode character is allowed, Vietnamese letters and spaces included.
 *   <li>Not the initial password, and not of the national initial scheme's shape for this
 *       person: the given name followed by four digits, ignoring case, diacritics and the
 *       symbols between them ({@code thuy-5678}).
 *   <li>Free of the person's data: the citizen ID, any four or more consecutive digits of it,
 *       the family or given name ignoring case and diacritics, and the birth date in the forms
 *       {@code ddMMyyyy}, {@code yyyyMMdd}, {@code ddMMyy}, {@code ddMM} and the year
 *       {@code yyyy} (also without leading zeros, and with {@code /}, {@code -}, {@code .} or a
 *       space between the parts). A name part of one or two letters, such as {@code An} or
 *       {@code Lê}, counts only when no other letter touches it, so {@code Banana} does not
 *       contain {@code An}; longer parts count anywhere.
 *   <li>Not a common password ({@link CommonPasswords}, the bundled list by default).
 *   <li>No character four or more times in a row, no group of characters repeated throughout
 *       ({@code abcabcabcabc}), and no four or more sequential characters: ascending or
 *       descending letters or digits ({@code 1234}, {@code dcba}) or neighbours on a keyboard
 *       row ({@code qwer}, {@code 7890}).
 * </ul>
 *
 * <p>Messages are in English and never contain the password; hosts that show another language
 * translate by {@link PasswordRejection#code()}. A policy is immutable and safe to share between
 * threads; checking is pure and reads no clock.
 */
public final class NewPasswordPolicy {

  /** Default minimum length in code points. */
  public static final int DEFAULT_MIN_LENGTH = 12;

  /** Default maximum length in code points. */
  public static final int DEFAULT_MAX_LENGTH = 128;

  private final int minLength;
  private final int maxLength;
  private final CommonPasswords commonPasswords;

  private NewPasswordPolicy(Builder builder) {
    this.minLength = builder.minLength;
    this.maxLength = builder.maxLength;
    this.commonPasswords = builder.commonPasswords;
  }

  /** Returns the policy with the default lengths and the bundled list of common passwords. */
  public static NewPasswordPolicy defaults() {
    return builder().build();
  }

  /** Returns a builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks {@code password} as the new password of the person {@code context} describes.
   *
   * @return every rejection, in the order of {@link PasswordRule}; none when accepted
   */
  public PasswordCheck check(String password, PasswordContext context) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(context, "context");
    String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
    List<PasswordRejection> rejections = new ArrayList<>();
    checkLength(normalised, rejections);
    new PersonalData(context).check(normalised, rejections);
    if (commonPasswords.matches(normalised)) {
      rejections.add(new PasswordRejection(PasswordRule.COMMON, "The password is a common "
          + "password or a variant of one, which attackers try first; choose another."));
    }
    CharacterPatterns.check(normalised, rejections);
    rejections.sort(Comparator.comparing(PasswordRejection::rule));
    return new PasswordCheck(rejections);
  }

  private void checkLength(String normalised, List<PasswordRejection> rejections) {
    int length = normalised.codePointCount(0, normalised.length());
    if (length < minLength) {
      rejections.add(new PasswordRejection(PasswordRule.TOO_SHORT, "The password has " + length
          + " characters; use at least " + minLength + "."));
    }
    if (length > maxLength) {
      rejections.add(new PasswordRejection(PasswordRule.TOO_LONG, "The password has " + length
          + " characters; use at most " + maxLength + "."));
    }
  }

  /** Builder of a {@link NewPasswordPolicy}; not safe to share between threads. */
  public static final class Builder {
    private int minLength = DEFAULT_MIN_LENGTH;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private CommonPasswords commonPasswords = CommonPasswords.bundled();

    private Builder() {}

    /**
     * Sets the minimum length in code points after NFKC normalisation.
     *
     * @throws IllegalArgumentException if {@code minLength} is less than 1
     */
    public Builder minLength(int minLength) {
      if (minLength < 1) {
        throw new IllegalArgumentException("minLength is " + minLength + "; use 1 or more");
      }
      this.minLength = minLength;
      return this;
    }

    /**
     * Sets the maximum length in code points after NFKC normalisation.
     *
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public Builder maxLength(int maxLength) {
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength is " + maxLength + "; use 1 or more");
      }
      this.maxLength = maxLength;
      return this;
    }

    /** Sets the list of common passwords to reject. */
    public Builder commonPasswords(CommonPasswords commonPasswords) {
      this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws IllegalArgumentException if the minimum length exceeds the maximum
     */
    public NewPasswordPolicy build() {
      if (minLength > maxLength) {
        throw new IllegalArgumentException("minLength " + minLength + " exceeds maxLength "
            + maxLength + "; raise the maximum or lower the minimum");
      }
      return new NewPasswordPolicy(this);
    }
  }
}
