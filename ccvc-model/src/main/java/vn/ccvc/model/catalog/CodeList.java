package vn.ccvc.model.catalog;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.internal.Text;

/**
 * A named list of codes and their names, such as the ethnic groups or the discipline forms.
 * Codes are matched exactly, case included. Entries keep the order they were given in, which is
 * the order a form or a picker shows them.
 *
 * <p>In a CSV file the columns are {@code code} and {@code name}, and optionally
 * {@code name_en}, {@code valid_from} and {@code valid_to} (dates {@code yyyy-MM-dd}, both
 * inclusive) and {@code code_system}, which names the official list the codes follow and must
 * be the same on every row that fills it in. Other columns, such as {@code notes}, are for
 * people and are ignored.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CodeList {

  private final String name;
  private final @Nullable String codeSystem;
  private final List<CodeEntry> entries;
  private final Map<String, CodeEntry> byCode;

  private CodeList(String name, @Nullable String codeSystem, List<CodeEntry> entries) {
    this.name = Objects.requireNonNull(name, "name");
    this.codeSystem = Text.line(codeSystem);
    this.entries = List.copyOf(entries);
    Map<String, CodeEntry> map = new LinkedHashMap<>();
    for (CodeEntry entry : this.entries) {
      if (map.put(entry.code(), entry) != null) {
        throw new CcvcException(Catalogs.INVALID_CODE, "Catalogue '" + name + "' lists code '"
            + entry.code() + "' twice; keep one entry per code.");
      }
    }
    this.byCode = map;
  }

  /**
   * Returns a list of the given entries.
   *
   * @param name the catalogue's name, such as {@code religions}
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if two entries share a code
   */
  public static CodeList of(String name, List<CodeEntry> entries) {
    return new CodeList(name, null, entries);
  }

  /**
   * Returns a list of the given entries whose codes follow an official list.
   *
   * @param name the catalogue's name, such as {@code ethnic-groups}
   * @param codeSystem the official list the codes follow, or {@code null} if none
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if two entries share a code
   */
  public static CodeList of(String name, @Nullable String codeSystem, List<CodeEntry> entries) {
    return new CodeList(name, codeSystem, entries);
  }

  /**
   * Reads a list from CSV text in the layout described on this class. The reader is not closed.
   *
   * @param name the catalogue's name, also used to name the file in error messages
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} if the text is not valid
   *     CSV, lacks a required column, or has an invalid value, a duplicate code or disagreeing
   *     {@code code_system} values; the message names the line
   */
  public static CodeList readCsv(String name, Reader reader) {
    return readCsv(name, reader, name);
  }

  static CodeList readCsv(String name, Reader reader, String source) {
    CsvTable table = CsvTable.read(source, reader).require("code", "name");
    List<CodeEntry> entries = new ArrayList<>();
    Map<String, Integer> lineByCode = new LinkedHashMap<>();
    String codeSystem = null;
    for (CsvRow row : table.rows()) {
      CodeEntry entry = entryOf(row);
      Integer firstLine = lineByCode.putIfAbsent(entry.code(), row.line());
      if (firstLine != null) {
        throw row.error("code '" + entry.code() + "' is already on line " + firstLine
            + "; keep one row per code");
      }
      codeSystem = mergeCodeSystem(row, codeSystem);
      entries.add(entry);
    }
    return new CodeList(name, codeSystem, entries);
  }

  /** Returns the catalogue's name, such as {@code religions}. */
  public String name() {
    return name;
  }

  /**
   * Returns the official list the codes follow, such as {@code 121-TCTK/PPCĐ (1979)} for the
   * ethnic groups, or empty when the codes are this catalogue's own.
   */
  public Optional<String> codeSystem() {
    return Optional.ofNullable(codeSystem);
  }

  /** Returns the entry with this exact code, or empty if the list has none. */
  public Optional<CodeEntry> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /** Tells whether the list has an entry with this exact code, whatever its dates. */
  public boolean contains(String code) {
    Objects.requireNonNull(code, "code");
    return byCode.containsKey(code);
  }

  /** Returns every entry, in catalogue order. */
  public List<CodeEntry> entries() {
    return entries;
  }

  /** Returns the entries that may be used on {@code date}, in catalogue order. */
  public List<CodeEntry> entriesValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return entries.stream().filter(e -> e.isValidOn(date)).toList();
  }

  /**
   * Tells whether the list has this code and the code may be used on {@code date}, such as a
   * discipline form on the date of the decision.
   */
  public boolean isValidOn(String code, LocalDate date) {
    return find(code).map(entry -> entry.isValidOn(date)).orElse(false);
  }

  /** Returns the name and the number of entries, for diagnostics. */
  @Override
  public String toString() {
    return "CodeList[" + name + ", " + entries.size() + " entries]";
  }

  private static CodeEntry entryOf(CsvRow row) {
    return row.build(() -> new CodeEntry(row.text("code"), row.text("name"),
        row.optionalText("name_en"), row.optionalDate("valid_from"),
        row.optionalDate("valid_to")));
  }

  private static @Nullable String mergeCodeSystem(CsvRow row, @Nullable String known) {
    String value = row.optionalText("code_system");
    if (value == null) {
      return known;
    }
    if (known != null && !known.equals(value)) {
      throw row.error("column 'code_system' contains '" + value + "', but earlier rows contain '"
          + known + "'; a catalogue's codes follow one list, so use one value");
    }
    return value;
  }
}
