package vn.ccvc.model.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.internal.Text;

/**
 * One record of a {@link CsvTable}. Values are normalised as the model normalises text (NFC,
 * white space collapsed, blank read as missing), and every accessor that cannot convert a value
 * throws an error naming the file, the line and the column.
 */
final class CsvRow {

  private final String source;
  private final int line;
  private final Map<String, Integer> columns;
  private final List<String> fields;

  CsvRow(String source, int line, Map<String, Integer> columns, List<String> fields) {
    this.source = source;
    this.line = line;
    this.columns = columns;
    this.fields = List.copyOf(fields);
  }

  /** Returns the line of the file the record starts on, from 1. */
  int line() {
    return line;
  }

  /** Returns a value that must be present. */
  String text(String column) {
    String value = optionalText(column);
    if (value == null) {
      throw error("column '" + column + "' is empty; fill it in");
    }
    return value;
  }

  /** Returns a value, or null when the column is absent from the file or empty on this row. */
  @Nullable String optionalText(String column) {
    Integer index = columns.get(column);
    return index == null ? null : Text.line(fields.get(index));
  }

  /** Returns an ISO date ({@code yyyy-MM-dd}), or null when the value is missing. */
  @Nullable LocalDate optionalDate(String column) {
    String value = optionalText(column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error("column '" + column + "' contains '" + value
          + "', which is not a date; write it as yyyy-MM-dd, for example 2025-07-01");
    }
  }

  /** Returns an ISO date that must be present. */
  LocalDate date(String column) {
    LocalDate value = optionalDate(column);
    if (value == null) {
      throw error("column '" + column + "' is empty; fill it in");
    }
    return value;
  }

  /** Returns a whole number that must be present. */
  long number(String column) {
    String value = text(column);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw error("column '" + column + "' contains '" + value
          + "', which is not a whole number; write digits only, with no separators");
    }
  }

  /** Returns a decimal number that must be present, such as {@code 2.34}. */
  BigDecimal decimal(String column) {
    String value = text(column);
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw error("column '" + column + "' contains '" + value
          + "', which is not a decimal number; write it with a point, for example 2.34");
    }
  }

  /**
   * Builds a value from this record, turning an invalid-entry error of its constructor into an
   * error that names the file and the line.
   */
  <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (CcvcException e) {
      if (e.code().equals(Catalogs.INVALID_CODE)) {
        throw error(e.getMessage());
      }
      throw e;
    }
  }

  /** Returns an error about this record that names the file and the line. */
  CcvcException error(String problem) {
    return CsvTable.malformed(source, line, problem);
  }
}
