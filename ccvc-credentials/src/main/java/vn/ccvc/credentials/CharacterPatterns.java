package vn.ccvc.credentials;

import java.util.List;
import java.util.Locale;

/** The rules of {@link NewPasswordPolicy} against repeated and sequential characters. */
final class CharacterPatterns {

  /** The length of a run of the same or sequential characters that is rejected. */
  private static final int RUN = 4;

  /** A group repeated this many times or more, making up the whole password, is rejected. */
  private static final int REPEATS = 3;

  private static final List<String> KEYBOARD_ROWS =
      List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm");

  private CharacterPatterns() {}

  /** Adds a rejection for repeated and for sequential characters in {@code password}. */
  static void check(String password, List<PasswordRejection> rejections) {
    int[] chars = password.toLowerCase(Locale.ROOT).codePoints().toArray();
    if (hasRepeatedCharacter(chars) || isRepeatedGroup(chars)) {
      rejections.add(new PasswordRejection(PasswordRule.REPEATED_CHARACTERS, "The password "
          + "repeats a character " + RUN + " or more times in a row, or repeats one group of "
          + "characters throughout; make it less regular."));
    }
    if (hasSequence(chars)) {
      rejections.add(new PasswordRejection(PasswordRule.SEQUENTIAL_CHARACTERS, "The password "
          + "contains " + RUN + " or more sequential characters, such as 1234, dcba or qwer; "
          + "break the sequence."));
    }
  }

  private static boolean hasRepeatedCharacter(int[] chars) {
    int run = 1;
    for (int i = 1; i < chars.length; i++) {
      run = chars[i] == chars[i - 1] ? run + 1 : 1;
      if (run >= RUN) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the password is one group of characters repeated three times or more. */
  private static boolean isRepeatedGroup(int[] chars) {
    for (int group = 1; group * REPEATS <= chars.length; group++) {
      if (chars.length % group == 0 && repeats(chars, group)) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeats(int[] chars, int group) {
    for (int i = group; i < chars.length; i++) {
      if (chars[i] != chars[i - group]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSequence(int[] chars) {
    for (int start = 0; start + RUN <= chars.length; start++) {
      if (isAlphabetRun(chars, start) || isKeyboardRun(chars, start)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether {@link #RUN} letters or digits from {@code start} ascend or descend by one. */
  private static boolean isAlphabetRun(int[] chars, int start) {
    int step = chars[start + 1] - chars[start];
    if (step != 1 && step != -1) {
      return false;
    }
    for (int i = start; i < start + RUN; i++) {
      boolean sameClass = isDigit(chars[i]) == isDigit(chars[start])
          && (isDigit(chars[i]) || chars[i] >= 'a' && chars[i] <= 'z');
      if (!sameClass || i > start && chars[i] - chars[i - 1] != step) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKeyboardRun(int[] chars, int start) {
    String window = new String(chars, start, RUN);
    String reversed = new StringBuilder(window).reverse().toString();
    return KEYBOARD_ROWS.stream().anyMatch(row -> row.contains(window) || row.contains(reversed));
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
