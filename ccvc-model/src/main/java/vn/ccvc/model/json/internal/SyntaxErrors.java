package vn.ccvc.model.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.jspecify.annotations.Nullable;

/**
 * Explains a syntax error in the codec's own words. Jackson 2 reports syntax errors with one
 * exception type and a message that names its own settings, so the cause is recognised from
 * the start of that message and from the characters of the document around the error. The
 * message returned never contains Jackson's text.
 */
final class SyntaxErrors {

  private static final String GENERIC_ADVICE = "check the syntax: a missing comma, quote "
      + "or bracket is the usual cause";

  /**
   * A recognised cause: the key of {@code ProfileReadException.reason()} and the message.
   *
   * @param key stable key of the cause
   * @param message what is wrong and what to do, starting in lower case
   */
  record Cause(String key, String message) {}

  private SyntaxErrors() {}

  /** Returns the cause of the syntax error {@code e} found while reading {@code json}. */
  static Cause explain(JsonProcessingException e, String json) {
    String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int offset = offset(e.getLocation(), json);
    char at = offset < json.length() ? json.charAt(offset) : 0;
    if (e instanceof JsonEOFException || detail.startsWith("Unexpected end-of-input")) {
      return new Cause("truncated", "the document ends before the JSON is complete: a closing "
          + "quote, bracket or brace is missing, or the file was cut short");
    }
    if (at == '/' || at == '#') {
      return new Cause("comment", "JSON has no comments; remove the comment");
    }
    Cause byMessage = byMessage(detail, json, offset);
    if (byMessage != null) {
      return byMessage;
    }
    return byCharacter(detail, at, previousNonSpace(json, offset), offset < json.length());
  }

  private static @Nullable Cause byMessage(String detail, String json, int offset) {
    if (detail.startsWith("Non-standard token")) {
      return new Cause("nonNumericNumber", "NaN and Infinity are not JSON numbers; write a "
          + "number or leave the member out");
    }
    if (detail.contains("Leading zeroes")) {
      return new Cause("leadingZero", "a number may not start with 0 followed by more digits; "
          + "remove the leading zeros, or write a code such as \"01\" as a string in double "
          + "quotes");
    }
    if (detail.startsWith("Illegal unquoted character")) {
      return new Cause("controlCharacter", "a string contains a raw control character, such "
          + "as a tab or a line break; write it as an escape such as \\t or \\n, or remove it");
    }
    if (detail.startsWith("Unrecognized character escape")) {
      return new Cause("badEscape", "a backslash starts an escape that JSON does not have; "
          + "write \\\\ for a backslash, or use one of \\\" \\/ \\b \\f \\n \\r \\t \\uXXXX");
    }
    if (detail.startsWith("Unexpected close marker")) {
      return new Cause("bracketMismatch", "a closing bracket does not match the open one: ] "
          + "closes an array and } an object; check that each [ and { is closed in order");
    }
    if (detail.startsWith("Unrecognized token")) {
      return new Cause("unexpectedWord", "the word " + Values.quote(wordAt(json, offset))
          + " is not a JSON value; write a string in double quotes, a number, an object, an "
          + "array, true, false or null");
    }
    return null;
  }

  private static Cause byCharacter(String detail, char at, char previous, boolean hasChar) {
    if (at == '\'' || at == '‘' || at == '’' || at == '“' || at == '”') {
      return new Cause("quote", "JSON strings and member names take straight double quotes "
          + "\"…\"; replace the single or curly quotes");
    }
    if ((at == '}' || at == ']') && previous == ',') {
      return new Cause("trailingComma", "a comma comes before the closing bracket or brace; "
          + "remove the comma after the last entry");
    }
    if (detail.contains("numeric value") || at == '+' || at == '.') {
      return new Cause("numberFormat", "the number is not written as JSON requires: digits "
          + "with an optional leading minus sign and a decimal point between digits, such as "
          + "2.34 or -1");
    }
    if (detail.contains("was expecting comma")) {
      return new Cause("missingComma", "a comma is missing between two entries; add a comma "
          + "after the previous value");
    }
    if (detail.contains("was expecting a colon")) {
      return new Cause("missingColon", "a colon is missing after the member name; write "
          + "\"name\": value");
    }
    if (detail.contains("start field name") && Character.isLetter(at)) {
      return new Cause("unquotedName", "a member name must be in double quotes, such as "
          + "\"fullName\"");
    }
    if (hasChar) {
      return new Cause("unexpectedCharacter", "unexpected character " + describe(at)
          + " here; " + GENERIC_ADVICE);
    }
    return new Cause("other", "the JSON is malformed; " + GENERIC_ADVICE);
  }

  /** Returns the character as {@code ','} or, for an invisible one, {@code U+0009}. */
  private static String describe(char c) {
    boolean visible = !Character.isISOControl(c) && !Character.isWhitespace(c)
        && Character.getType(c) != Character.FORMAT && !Character.isSurrogate(c);
    String code = String.format("U+%04X", (int) c);
    return visible ? "'" + c + "' (" + code + ")" : code;
  }

  private static int offset(@Nullable JsonLocation location, String json) {
    if (location == null || location.getCharOffset() < 0) {
      return json.length();
    }
    return (int) Math.min(location.getCharOffset(), json.length());
  }

  private static char previousNonSpace(String json, int offset) {
    for (int i = Math.min(offset, json.length()) - 1; i >= 0; i--) {
      char c = json.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c;
      }
    }
    return 0;
  }

  /** Returns the run of letters, digits and signs around where the parser stopped. */
  private static String wordAt(String json, int offset) {
    int start = Math.min(offset, json.length());
    while (start > 0 && isWordChar(json.charAt(start - 1))) {
      start--;
    }
    int end = Math.min(offset, json.length());
    while (end < json.length() && isWordChar(json.charAt(end))) {
      end++;
    }
    return json.substring(start, end);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
  }
}
