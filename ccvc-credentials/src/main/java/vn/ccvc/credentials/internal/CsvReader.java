package vn.ccvc.credentials.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV text as RFC 4180 defines it: fields separated by commas and records by CRLF, with LF
 * and CR alone accepted too. A field that contains a comma, a quote or a line break is enclosed
 * in double quotes, and each quote inside is doubled. A byte-order mark at the start is skipped.
 *
 * <p>A record with a syntax error, such as a quote inside an unquoted field, is returned with
 * the error, and reading goes on with the next line. Empty lines hold no record and are passed
 * over. The class is stateless and safe to use from any thread.
 */
public final class CsvReader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvReader() {}

  /**
   * Reads every record of {@code in}, which the caller closes.
   *
   * @throws IOException if reading fails
   */
  public static List<CsvRecord> read(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    if (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) {
      text.deleteCharAt(0);
    }
    return new Parser(text).records();
  }

  /** Parser state over the whole text: the position and the current line number. */
  private static final class Parser {
    private final CharSequence text;
    private int at;
    private int line = 1;

    Parser(CharSequence text) {
      this.text = text;
    }

    List<CsvRecord> records() {
      List<CsvRecord> records = new ArrayList<>();
      while (at < text.length()) {
        if (isLineBreak(text.charAt(at))) {
          skipLineBreak();
          continue;
        }
        records.add(record());
      }
      return records;
    }

    private CsvRecord record() {
      int startLine = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        String error = text.charAt(at) == '"' ? quotedField(fields) : plainField(fields);
        if (error != null) {
          skipRestOfLine();
          return new CsvRecord(startLine, fields, error);
        }
        if (at >= text.length() || isLineBreak(text.charAt(at))) {
          skipLineBreak();
          return new CsvRecord(startLine, fields, null);
        }
        at++;
        if (at >= text.length() || isLineBreak(text.charAt(at))) {
          // A comma at the end of the line leaves an empty last field.
          fields.add("");
          skipLineBreak();
          return new CsvRecord(startLine, fields, null);
        }
      }
    }

    /** Reads an unquoted field up to a comma or line break; returns an error or null. */
    private @Nullable String plainField(List<String> fields) {
      int start = at;
      while (at < text.length() && text.charAt(at) != ',' && !isLineBreak(text.charAt(at))) {
        if (text.charAt(at) == '"') {
          return "field " + (fields.size() + 1) + " contains a double quote but is not "
              + "enclosed in quotes; enclose the field in double quotes and double the quote";
        }
        at++;
      }
      fields.add(text.subSequence(start, at).toString());
      return null;
    }

    /**
     * Reads a quoted field and leaves the position after its closing quote. A quote that is
     * never closed is reported, and reading goes on after the line it opened on, so one stray
     * quote does not swallow the rest of the file.
     */
    private @Nullable String quotedField(List<String> fields) {
      StringBuilder value = new StringBuilder();
      int openedAt = at;
      int openedLine = line;
      at++;
      while (true) {
        if (at >= text.length()) {
          at = openedAt;
          line = openedLine;
          return "field " + (fields.size() + 1) + " opens a double quote on line " + openedLine
              + " that is never closed; close it, or remove it if the field needs no quotes";
        }
        char c = text.charAt(at++);
        if (c == '"' && at < text.length() && text.charAt(at) == '"') {
          value.append('"');
          at++;
        } else if (c == '"') {
          break;
        } else {
          countLine(c);
          value.append(c);
        }
      }
      if (at < text.length() && text.charAt(at) != ',' && !isLineBreak(text.charAt(at))) {
        return "field " + (fields.size() + 1) + " has characters after its closing double quote";
      }
      fields.add(value.toString());
      return null;
    }

    private void countLine(char c) {
      boolean crlf = c == '\r' && at < text.length() && text.charAt(at) == '\n';
      if (isLineBreak(c) && !crlf) {
        line++;
      }
    }

    private void skipRestOfLine() {
      while (at < text.length() && !isLineBreak(text.charAt(at))) {
        at++;
      }
      skipLineBreak();
    }

    private void skipLineBreak() {
      if (at >= text.length()) {
        return;
      }
      if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
        at++;
      }
      at++;
      line++;
    }

    private static boolean isLineBreak(char c) {
      return c == '\n' || c == '\r';
    }
  }
}
