package vn.ccvc.model.json.internal;

import vn.ccvc.model.CitizenId;

/** Quoting of document values and file names in messages, with citizen IDs masked. */
final class Values {

  /** Shortest run of digits that may be an identity number: 9 (old CMND) or 12 (CCCD). */
  private static final int ID_DIGITS = 9;

  private static final int MAX_QUOTED_LENGTH = 40;

  private Values() {}

  /**
   * Masks every run of 9 or more ASCII digits with {@link CitizenId#mask}, so a message that
   * quotes a value never shows a full citizen ID.
   */
  static String maskDigitRuns(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isDigit(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(text.charAt(i++));
        continue;
      }
      String run = text.substring(i, end);
      out.append(run.length() >= ID_DIGITS ? CitizenId.mask(run) : run);
      i = end;
    }
    return out.toString();
  }

  /** Returns the value in double quotes, masked and cut to 40 characters. */
  static String quote(String value) {
    String masked = maskDigitRuns(value);
    if (masked.codePointCount(0, masked.length()) > MAX_QUOTED_LENGTH) {
      masked = masked.substring(0, masked.offsetByCodePoints(0, MAX_QUOTED_LENGTH)) + "…";
    }
    return '"' + masked + '"';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
