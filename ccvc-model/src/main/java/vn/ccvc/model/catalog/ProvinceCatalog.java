package vn.ccvc.model.catalog;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;

/**
 * The provinces of digits 1–3 of a citizen ID: the 63 codes of the table in Circular
 * 07/2016/TT-BCA, each with the province it belongs to since the 2025 merger.
 *
 * <p>ID numbers did not change with the merger, so an ID is always decoded with these 63 codes.
 * The 2025 administrative codes of the 34 new provinces (Decision 19/2025/QĐ-TTg) are a
 * different code system, which often reuses a merged neighbour's old code. They are not ID
 * prefixes, so this catalogue does not contain them.
 *
 * <p>In a CSV file the columns are {@code code}, {@code name} and {@code current_name}; other
 * columns are ignored. Instances are immutable and safe to share between threads.
 */
public final class ProvinceCatalog {

  private final List<Province> provinces;
  private final Map<String, Province> byCode;

  private ProvinceCatalog(List<Province> provinces) {
    this.provinces = List.copyOf(provinces);
    Map<String, Province> map = new LinkedHashMap<>();
    for (Province province : this.provinces) {
      if (map.put(province.code(), province) != null) {
        throw new CcvcException(Catalogs.INVALID_CODE, "Province code " + province.code()
            + " is listed twice; keep one entry per code.");
      }
    }
    this.byCode = map;
  }

  /**
   * Returns a catalogue of the given provinces.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if two share a code
   */
  public static ProvinceCatalog of(List<Province> provinces) {
    return new ProvinceCatalog(provinces);
  }

  /**
   * Reads a catalogue from CSV text in the layout described on this class. The reader is not
   * closed.
   *
   * @param name the file's name for error messages
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} if the text is not valid
   *     CSV, lacks a column, or has an invalid or duplicate code; the message names the line
   */
  public static ProvinceCatalog readCsv(String name, Reader reader) {
    CsvTable table = CsvTable.read(name, reader).require("code", "name", "current_name");
    List<Province> provinces = new ArrayList<>();
    Map<String, Integer> lineByCode = new LinkedHashMap<>();
    for (CsvRow row : table.rows()) {
      Province province = provinceOf(row);
      Integer firstLine = lineByCode.putIfAbsent(province.code(), row.line());
      if (firstLine != null) {
        throw row.error("code '" + province.code() + "' is already on line " + firstLine
            + "; keep one row per code");
      }
      provinces.add(province);
    }
    return new ProvinceCatalog(provinces);
  }

  /** Returns the province with this three-digit code, or empty if the table has none. */
  public Optional<Province> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns the province where the birth of the ID's holder was registered, from digits 1–3,
   * or empty if the table has no such code (likely a typo in the number).
   */
  public Optional<Province> find(CitizenId id) {
    Objects.requireNonNull(id, "id");
    return find(id.provinceCode());
  }

  /** Returns every province, in code order as given. */
  public List<Province> all() {
    return provinces;
  }

  /** Returns the names of the provinces in force since 1 July 2025, in order of first code. */
  public Set<String> currentNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Province province : provinces) {
      names.add(province.currentName());
    }
    return Collections.unmodifiableSet(names);
  }

  /** Returns the number of provinces, for diagnostics. */
  @Override
  public String toString() {
    return "ProvinceCatalog[" + provinces.size() + " provinces]";
  }

  private static Province provinceOf(CsvRow row) {
    return row.build(() -> new Province(row.text("code"), row.text("name"),
        row.text("current_name")));
  }
}
