package vn.ccvc.credentials.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records as RFC 4180 defines them: fields separated by commas and each record ended
 * by CRLF. A field that contains a comma, a double quote, a line break, or spaces at its start
 * or end is enclosed in double quotes, and each double quote inside is doubled.
 *
 * <p>The class is stateless and safe to use from any thread.
 */
public final class CsvWriter {

  private CsvWriter() {}

  /**
   * Writes one record to {@code out}.
   *
   * @throws IOException if writing fails
   */
  public static void writeRecord(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** Returns {@code field} as it appears in a CSV record, quoted when it needs to be. */
  public static String quote(String field) {
    boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
        || !field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ');
    if (!needsQuotes) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
