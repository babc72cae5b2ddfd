package vn.ccvc.model.catalog;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.internal.Text;

/**
 * A civil-servant rank (ngạch) or a public employee's professional title (chức danh nghề
 * nghiệp), and the salary type its code maps to on the salary scale.
 *
 * <p>A title's salary type can change when a new circular reclassifies it: Kế toán viên trung
 * cấp (06.032) was paid on type B until 2022, then on A0. Salary history written before the
 * change carries the old type's coefficients, so a rank keeps its former types and
 * {@link #salaryTypeOn(LocalDate)} returns the type in force on a date. Instances are immutable.
 *
 * @param code the rank or title code, such as {@code 01.003} or {@code V.07.05.15}
 * @param name the rank's name, such as {@code Chuyên viên}
 * @param salaryType the salary type in force now, such as {@code A1}
 * @param formerTypes the types in force before the current one, oldest first
 * @param legalBasis the legal text that sets the salary type, or {@code null} if not recorded
 */
public record Rank(
    String code,
    String name,
    String salaryType,
    List<FormerType> formerTypes,
    @Nullable String legalBasis) {

  /**
   * Creates a rank, normalising its text and copying the list.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if the code, name or salary
   *     type is blank, or the former types are not in strictly increasing order of date
   */
  public Rank {
    code = required(code, "code", code);
    name = required(name, "name", code);
    salaryType = required(salaryType, "salary type", code);
    formerTypes = List.copyOf(formerTypes);
    legalBasis = Text.line(legalBasis);
    for (int i = 1; i < formerTypes.size(); i++) {
      if (!formerTypes.get(i).until().isAfter(formerTypes.get(i - 1).until())) {
        throw new CcvcException(Catalogs.INVALID_CODE, "The former salary types of rank " + code
            + " must be listed oldest first, with later dates; reorder them.");
      }
    }
  }

  /** Returns a rank that has always had one salary type. */
  public static Rank of(String code, String name, String salaryType) {
    return new Rank(code, name, salaryType, List.of(), null);
  }

  /**
   * Returns the salary type in force on {@code date}: the first former type whose last day is
   * on or after the date, or the current type if none is.
   */
  public String salaryTypeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (FormerType former : formerTypes) {
      if (!date.isAfter(former.until())) {
        return former.salaryType();
      }
    }
    return salaryType;
  }

  /** Returns every salary type the rank has had, oldest first and the current one last. */
  public List<String> salaryTypes() {
    Set<String> types = new LinkedHashSet<>();
    formerTypes.forEach(former -> types.add(former.salaryType()));
    types.remove(salaryType);
    types.add(salaryType);
    return List.copyOf(types);
  }

  private static String required(@Nullable String value, String field, @Nullable String code) {
    String text = Text.line(value);
    if (text == null) {
      throw new CcvcException(Catalogs.INVALID_CODE, "The " + field + " of rank '" + code
          + "' is blank; give every rank a code, a name and a salary type.");
    }
    return text;
  }

  /**
   * A salary type a rank had before its current one.
   *
   * @param salaryType the former type, such as {@code B}
   * @param until the last day the type was in force
   */
  public record FormerType(String salaryType, LocalDate until) {

    /** Creates a former type, normalising the type's text. */
    public FormerType {
      Objects.requireNonNull(until, "until");
      salaryType = required(salaryType, "former salary type", salaryType);
    }
  }
}
