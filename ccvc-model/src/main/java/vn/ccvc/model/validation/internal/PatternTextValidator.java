package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Pattern} in the SDK's validator factory, in place of Hibernate Validator's own
 * validator, with the same result: the whole value matches the regular expression with the
 * annotation's flags, and a null value is valid.
 *
 * <p>The photo's Base64 data is the one long text of a profile, up to 1,398,104 characters for
 * a 1 MiB image, and {@link java.util.regex} (JDK 17) tests each of its characters through a
 * chain of range predicates.
 * For the photo's expression, {@value #BASE64}, this validator scans the characters directly;
 * any other expression goes to {@link java.util.regex}. Unlike Hibernate Validator's
 * validator, it adds no {@code regexp} message parameter, because the SDK builds its messages
 * from the constraint's attributes.
 */
public final class PatternTextValidator implements ConstraintValidator<Pattern, CharSequence> {

  /** The expression on the photo data: Base64 characters, then at most two padding signs. */
  static final String BASE64 = "[A-Za-z0-9+/]*={0,2}";

  private static final int MAX_PADDING = 2;

  private java.util.regex.@Nullable Pattern pattern;
  private boolean base64;

  @Override
  public void initialize(Pattern annotation) {
    int flags = 0;
    for (Pattern.Flag flag : annotation.flags()) {
      flags |= flag.getValue();
    }
    base64 = flags == 0 && annotation.regexp().equals(BASE64);
    pattern = base64 ? null : java.util.regex.Pattern.compile(annotation.regexp(), flags);
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    if (pattern == null) {
      return isBase64(value);
    }
    return pattern.matcher(value).matches();
  }

  /** Tells whether {@code value} matches {@link #BASE64}. */
  static boolean isBase64(CharSequence value) {
    int length = value.length();
    int at = 0;
    while (at < length && isBase64Digit(value.charAt(at))) {
      at++;
    }
    if (length - at > MAX_PADDING) {
      return false;
    }
    for (; at < length; at++) {
      if (value.charAt(at) != '=') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBase64Digit(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
        || c == '+' || c == '/';
  }
}
