package vn.ccvc.model.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ccvc.model.CcvcException;

/**
 * A catalogue file read as comma-separated values (RFC 4180): a header row, then one record per
 * row. A field may be enclosed in double quotes, and then may contain commas, line breaks and
 * doubled quotes. A leading byte-order mark and blank lines are skipped. Each record keeps the
 * line it starts on, so errors can name it.
 */
final class CsvTable {

  private final String source;
  private final Map<String, Integer> columns;
  private final List<CsvRow> rows;

  private CsvTable(String source, Map<String, Integer> columns, List<CsvRow> rows) {
    this.source = source;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads a whole file. The reader is not closed.
   *
   * @param source the file's name for error messages
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} if the text is not valid
   *     CSV, is empty, or a record has a different number of fields than the header; with code
   *     {@value Catalogs#IO_CODE} if reading fails
   */
  static CsvTable read(String source, Reader reader) {
    List<RawRecord> records = new Parser(source, readAll(source, reader)).parse();
    if (records.isEmpty()) {
      throw new CcvcException(Catalogs.MALFORMED_CODE, "Catalogue file '" + source
          + "' is empty; it needs a header row naming its columns, then one row per entry.");
    }
    RawRecord header = records.get(0);
    Map<String, Integer> columns = columnsOf(source, header);
    List<CsvRow> rows = new ArrayList<>(records.size() - 1);
    for (RawRecord record : records.subList(1, records.size())) {
      if (record.fields.size() != columns.size()) {
        throw malformed(source, record.line, "expected " + columns.size()
            + " fields as in the header, found " + record.fields.size()
            + "; enclose a value that contains a comma in double quotes");
      }
      rows.add(new CsvRow(source, record.line, columns, record.fields));
    }
    return new CsvTable(source, columns, List.copyOf(rows));
  }

  /**
   * Checks that the header names every required column.
   *
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} naming the first missing
   *     column
   */
  CsvTable require(String... required) {
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw malformed(source, 1, "the header has no column '" + column
            + "'; the columns are " + columns.keySet() + " and must include "
            + String.join(", ", required));
      }
    }
    return this;
  }

  /** Returns the records after the header, in file order. */
  List<CsvRow> rows() {
    return rows;
  }

  /** Returns an error that names the file, the line and the problem. */
  static CcvcException malformed(String source, int line, String problem) {
    String sentence = problem.endsWith(".") ? problem : problem + ".";
    return new CcvcException(Catalogs.MALFORMED_CODE,
        "Catalogue file '" + source + "', line " + line + ": " + sentence);
  }

  private static String readAll(String source, Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (CharacterCodingException e) {
      throw new CcvcException(Catalogs.MALFORMED_CODE, "Catalogue file '" + source
          + "' is not valid UTF-8; save it with the UTF-8 encoding.", e);
    } catch (IOException e) {
      throw new CcvcException(Catalogs.IO_CODE,
          "Reading catalogue file '" + source + "' failed: " + e.getMessage(), e);
    }
    return text.toString();
  }

  private static Map<String, Integer> columnsOf(String source, RawRecord header) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.fields.size(); i++) {
      String name = header.fields.get(i).strip();
      if (name.isEmpty()) {
        throw malformed(source, header.line, "header column " + (i + 1) + " has no name");
      }
      if (columns.put(name, i) != null) {
        throw malformed(source, header.line, "the header names column '" + name + "' twice");
      }
    }
    return columns;
  }

  /** One record as parsed, before it is matched to the header. */
  private static final class RawRecord {
    final int line;
    final List<String> fields = new ArrayList<>();

    RawRecord(int line) {
      this.line = line;
    }

    boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  /** Splits the text into records and fields; one instance parses one file. */
  private static final class Parser {
    private final String source;
    private final String text;
    private int pos;
    private int line = 1;

    Parser(String source, String text) {
      this.source = source;
      this.text = text;
      this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    List<RawRecord> parse() {
      List<RawRecord> records = new ArrayList<>();
      while (pos < text.length()) {
        RawRecord record = parseRecord();
        if (!record.isBlank()) {
          records.add(record);
        }
      }
      return records;
    }

    private RawRecord parseRecord() {
      RawRecord record = new RawRecord(line);
      while (true) {
        record.fields.add(peek() == '"' ? parseQuoted() : parseUnquoted());
        if (pos >= text.length()) {
          return record;
        }
        char separator = text.charAt(pos++);
        if (separator != ',') {
          skipLineBreak(separator);
          return record;
        }
      }
    }

    private String parseUnquoted() {
      int start = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          throw malformed(source, line, "a double quote inside a value that does not start "
              + "with one; enclose the whole value in double quotes and double the inner quote");
        }
        pos++;
      }
      return text.substring(start, pos);
    }

    private String parseQuoted() {
      int startLine = line;
      StringBuilder value = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= text.length()) {
          throw malformed(source, startLine, "a quoted value is not closed; add the closing "
              + "double quote");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          if (peek() != '"') {
            break;
          }
          pos++;
        } else if (c == '\n' || c == '\r') {
          skipLineBreak(c);
          c = '\n';
        }
        value.append(c);
      }
      char next = peek();
      if (next != ',' && next != '\n' && next != '\r' && next != 0) {
        throw malformed(source, line, "unexpected '" + next + "' after a closing double quote; "
            + "put a comma between values and double any quote inside a quoted value");
      }
      return value.toString();
    }

    /** Counts a line break, treating CR LF as one. */
    private void skipLineBreak(char c) {
      if (c == '\r' && peek() == '\n') {
        pos++;
      }
      line++;
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : 0;
    }
  }
}
