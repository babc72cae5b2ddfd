package vn.ccvc.model.catalog;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ccvc.model.CcvcException;

/**
 * The ranks and professional titles with their salary types.
 *
 * <p>In a CSV file the columns are {@code code}, {@code name} and {@code salary_type}, and
 * optionally {@code former_types} and {@code legal_basis}. {@code former_types} lists the types
 * a title had before the current one, oldest first, separated by semicolons, each as
 * {@code TYPE until yyyy-MM-dd} with the last day the type was in force, for example
 * {@code B until 2022-07-17}. Other columns are ignored.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class RankCatalog {

  private static final Pattern FORMER_TYPE =
      Pattern.compile("(\\S+)\\s+until\\s+(\\d{4}-\\d{2}-\\d{2})");

  private final List<Rank> ranks;
  private final Map<String, Rank> byCode;

  private RankCatalog(List<Rank> ranks) {
    this.ranks = List.copyOf(ranks);
    Map<String, Rank> map = new LinkedHashMap<>();
    for (Rank rank : this.ranks) {
      if (map.put(rank.code(), rank) != null) {
        throw new CcvcException(Catalogs.INVALID_CODE, "Rank code " + rank.code()
            + " is listed twice; keep one entry per code.");
      }
    }
    this.byCode = map;
  }

  /**
   * Returns a catalogue of the given ranks.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if two share a code
   */
  public static RankCatalog of(List<Rank> ranks) {
    return new RankCatalog(ranks);
  }

  /**
   * Reads a catalogue from CSV text in the layout described on this class. The reader is not
   * closed.
   *
   * @param name the file's name for error messages
   * @throws CcvcException with code {@value Catalogs#MALFORMED_CODE} if the text is not valid
   *     CSV, lacks a column, or has an invalid value or a duplicate code; the message names the
   *     line
   */
  public static RankCatalog readCsv(String name, Reader reader) {
    CsvTable table = CsvTable.read(name, reader).require("code", "name", "salary_type");
    List<Rank> ranks = new ArrayList<>();
    Map<String, Integer> lineByCode = new LinkedHashMap<>();
    for (CsvRow row : table.rows()) {
      Rank rank = row.build(() -> new Rank(row.text("code"), row.text("name"),
          row.text("salary_type"), formerTypes(row), row.optionalText("legal_basis")));
      Integer firstLine = lineByCode.putIfAbsent(rank.code(), row.line());
      if (firstLine != null) {
        throw row.error("code '" + rank.code() + "' is already on line " + firstLine
            + "; keep one row per code");
      }
      ranks.add(rank);
    }
    return new RankCatalog(ranks);
  }

  /** Returns the rank with this exact code, or empty if the catalogue has none. */
  public Optional<Rank> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /** Returns every rank, in catalogue order. */
  public List<Rank> all() {
    return ranks;
  }

  /** Returns the number of ranks, for diagnostics. */
  @Override
  public String toString() {
    return "RankCatalog[" + ranks.size() + " ranks]";
  }

  private static List<Rank.FormerType> formerTypes(CsvRow row) {
    String text = row.optionalText("former_types");
    if (text == null) {
      return List.of();
    }
    List<Rank.FormerType> types = new ArrayList<>();
    for (String part : text.split(";")) {
      types.add(formerType(row, part.strip()));
    }
    return types;
  }

  private static Rank.FormerType formerType(CsvRow row, String text) {
    Matcher m = FORMER_TYPE.matcher(text);
    try {
      if (m.matches()) {
        return new Rank.FormerType(m.group(1), LocalDate.parse(m.group(2)));
      }
    } catch (DateTimeParseException e) {
      // Reported below with the expected form.
    }
    throw row.error("column 'former_types' contains '" + text + "'; write each former type as "
        + "TYPE until yyyy-MM-dd with a real date, for example B until 2022-07-17, and "
        + "separate them with semicolons");
  }
}
