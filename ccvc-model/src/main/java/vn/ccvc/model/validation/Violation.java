package vn.ccvc.model.validation;

import java.util.Objects;
import vn.ccvc.model.Section;

/**
 * One broken rule of a profile.
 *
 * @param code stable machine code, such as {@code salary.coefficientNotOnScale}; the codes are
 *     listed in {@code docs/profile-format.md} and do not change between releases
 * @param severity whether the violation blocks submission
 * @param section the profile section I–XI of the field
 * @param item the form 2C item of the field, such as {@code 15.1} or {@code 30a}
 * @param path JSON path of the field, such as {@code salary.history[2].coefficient}
 * @param message message in the validator's language that names the field and the offending
 *     value (a citizen ID masked) and says what to do
 */
public record Violation(String code, Severity severity, Section section, String item, String path,
    String message) {

  /** Creates a violation. */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** Tells whether this violation blocks submission. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
