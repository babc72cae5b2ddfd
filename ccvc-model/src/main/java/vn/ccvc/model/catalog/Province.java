package vn.ccvc.model.catalog;

import vn.ccvc.model.CcvcException;
import vn.ccvc.model.internal.Text;

/**
 * A province as digits 1–3 of a citizen ID name it: the province where a birth was registered,
 * under its name before the 2025 merger, and the province it has belonged to since 1 July 2025
 * (Resolution 202/2025/QH15). Instances are immutable.
 *
 * @param code the three-digit code of the citizen-ID table, such as {@code 038}
 * @param name the province's name under that code, such as {@code Hà Giang}
 * @param currentName the province it belongs to since 1 July 2025, such as {@code Tuyên Quang};
 *     equal to {@code name} for a province that kept its name
 */
public record Province(String code, String name, String currentName) {

  /**
   * Creates a province, normalising its text.
   *
   * @throws CcvcException with code {@value Catalogs#INVALID_CODE} if the code is not three
   *     ASCII digits or a name is blank
   */
  public Province {
    code = Text.line(code);
    name = Text.line(name);
    currentName = Text.line(currentName);
    if (code == null || !code.matches("[0-9]{3}")) {
      throw new CcvcException(Catalogs.INVALID_CODE, "Province code '" + code
          + "' is not three digits; use the code of the citizen-ID table, such as 038.");
    }
    if (name == null || currentName == null) {
      throw new CcvcException(Catalogs.INVALID_CODE, "Province " + code
          + " needs both its name and its name since 1 July 2025.");
    }
  }
}
