package vn.ccvc.credentials;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.ccvc.credentials.CredentialIssuer.SourceRow;
import vn.ccvc.credentials.internal.CsvReader;
import vn.ccvc.credentials.internal.CsvRecord;

/** Reads credential requests from CSV with the header {@code citizenId,fullName[,givenName]}. */
final class CsvRequests {

  static final String CITIZEN_ID = "citizenId";
  static final String FULL_NAME = "fullName";
  static final String GIVEN_NAME = "givenName";

  private static final List<String> COLUMNS = List.of(CITIZEN_ID, FULL_NAME, GIVEN_NAME);
  private static final String EXPECTED = "the header must name the columns citizenId and "
      + "fullName, and may name givenName, separated by commas";

  private CsvRequests() {}

  /**
   * Reads the rows of {@code in}, one {@link SourceRow} for each record after the header.
   *
   * @param source what {@code in} reads, for messages, such as {@code the CSV file unit.csv}
   * @throws CredentialException with {@link CredentialException#CSV_HEADER} for a missing or
   *     wrong header, or {@link CredentialException#CSV_READ} if reading fails
   */
  static List<SourceRow> read(Reader in, String source) {
    List<CsvRecord> records;
    try {
      records = CsvReader.read(in);
    } catch (IOException e) {
      throw new CredentialException(CredentialException.CSV_READ, "Cannot read " + source
          + " (" + e + "); check that it exists, is readable and is in UTF-8.", e);
    }
    if (records.isEmpty()) {
      throw new CredentialException(CredentialException.CSV_HEADER,
          capitalise(source) + " is empty; " + EXPECTED + ".");
    }
    Map<String, Integer> columns = columns(records.get(0));
    List<SourceRow> rows = new ArrayList<>(records.size() - 1);
    for (CsvRecord record : records.subList(1, records.size())) {
      rows.add(row(record, columns));
    }
    return rows;
  }

  /** Maps each column name to its index, checking the header. */
  private static Map<String, Integer> columns(CsvRecord header) {
    if (header.error() != null) {
      throw headerError("The CSV header on line " + header.line() + " is malformed: "
          + header.error());
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> fields = header.fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = canonicalName(fields.get(i).strip());
      if (name == null) {
        throw headerError("The CSV header names the unknown column '" + fields.get(i).strip()
            + "'; " + EXPECTED + ".");
      }
      if (columns.put(name, i) != null) {
        throw headerError("The CSV header names the column " + name + " twice; " + EXPECTED
            + ".");
      }
    }
    for (String required : List.of(CITIZEN_ID, FULL_NAME)) {
      if (!columns.containsKey(required)) {
        throw headerError("The CSV header lacks the column " + required + "; " + EXPECTED
            + ".");
      }
    }
    return columns;
  }

  private static SourceRow row(CsvRecord record, Map<String, Integer> columns) {
    if (record.error() != null) {
      return new SourceRow(record.line(), null, rowError(record.line(),
          "is malformed: " + record.error() + "."));
    }
    if (record.fields().size() != columns.size()) {
      int fields = record.fields().size();
      return new SourceRow(record.line(), null, rowError(record.line(), "has " + fields
          + (fields == 1 ? " field" : " fields") + " but the header names " + columns.size()
          + " columns; check for a missing or extra comma."));
    }
    CredentialRequest request = new CredentialRequest(field(record, columns, CITIZEN_ID),
        field(record, columns, FULL_NAME), null, field(record, columns, GIVEN_NAME), null);
    return new SourceRow(record.line(), request, null);
  }

  private static String field(CsvRecord record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null ? "" : record.fields().get(index);
  }

  private static @Nullable String canonicalName(String name) {
    for (String column : COLUMNS) {
      if (column.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return column;
      }
    }
    return null;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static CredentialException headerError(String message) {
    return new CredentialException(CredentialException.CSV_HEADER, message);
  }

  private static CredentialException rowError(int line, String problem) {
    return new CredentialException(CredentialException.CSV_ROW,
        "The CSV row on line " + line + " " + problem);
  }
}
