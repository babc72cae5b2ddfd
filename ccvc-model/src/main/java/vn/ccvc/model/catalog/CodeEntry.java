package vn.ccvc.model.catalog;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.internal.Text;

/**
 * One entry of a {@link CodeList}: a code, its Vietnamese name, and the dates between which the
 * code may be used. A code without dates is valid on every date. Instances are immutable.
 *
 * @param code the code stored in profiles, such as {@code 01} or {@code KHIEN_TRACH}
 * @param name the Vietnamese name as printed on the form
 * @param nameEn the English name, or {@code null} when the catalogue has none
 * @param validFrom the first day the code may be used, or {@code null} for no lower bound
 * @param validTo the last day the code may be used, or {@code null} for no upper bound
 */
public record CodeEntry(
    String code,
    String name,
    @Nullable String nameEn,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo) {

  /**
   * Creates an entry, normalising its text (NFC, white space collapsed).
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if the code or the name is
   *     blank, or {@code validTo} is before {@code validFrom}
   */
  public CodeEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    code = requireText(code, "code", code);
    name = requireText(name, "name", code);
    nameEn = Text.line(nameEn);
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new CcvcException(Catalogs.INVALID_CODE, "Code '" + code + "' is valid to "
          + validTo + ", before it is valid from " + validFrom + "; swap or correct the dates.");
    }
  }

  /** Returns an entry valid on every date and without an English name. */
  public static CodeEntry of(String code, String name) {
    return new CodeEntry(code, name, null, null, null);
  }

  /** Tells whether the code may be used on {@code date}; both bounds are inclusive. */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  private static String requireText(String value, String field, String code) {
    String text = Text.line(value);
    if (text == null) {
      throw new CcvcException(Catalogs.INVALID_CODE, "The " + field + " of catalogue entry '"
          + code + "' is blank; give every entry a code and a name.");
    }
    return text;
  }
}
