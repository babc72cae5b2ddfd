package vn.ccvc.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Section;

/**
 * One field that differs between two versions of a profile.
 *
 * <p>Values are the text of the field: strings as stored, numbers in plain notation, enums by
 * constant name. A row added to a table shows each of its fields with a null {@code before}; a
 * removed row, with a null {@code after}. {@link #toString()} masks ID numbers.
 *
 * @param section the profile section the field belongs to
 * @param path JSON path of the field, such as {@code salary.history[2].coefficient}
 * @param before the value in the earlier version, or null if absent
 * @param after the value in the later version, or null if absent
 */
public record FieldChange(Section section, String path, @Nullable String before,
    @Nullable String after) {

  /** The kind of change to a field. */
  public enum Kind {
    /** The field had no value and now has one. */
    ADDED,
    /** The field had a value and now has none. */
    REMOVED,
    /** The field's value changed. */
    CHANGED
  }

  /**
   * Creates a change.
   *
   * @throws IllegalArgumentException if {@code before} equals {@code after}
   */
  public FieldChange {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(path, "path");
    if (Objects.equals(before, after)) {
      throw new IllegalArgumentException("Field " + path + " is listed as changed but has the "
          + "same value before and after");
    }
  }

  /** Returns whether the field was added, removed or changed. */
  public Kind kind() {
    if (before == null) {
      return Kind.ADDED;
    }
    return after == null ? Kind.REMOVED : Kind.CHANGED;
  }

  /** Returns the path and both values, with ID numbers masked. */
  @Override
  public String toString() {
    return path + ": " + printable(before) + " -> " + printable(after);
  }

  private String printable(@Nullable String value) {
    if (value == null) {
      return "(none)";
    }
    boolean idField = path.endsWith("citizenId") || path.endsWith("formerIdNumber");
    return idField ? CitizenId.mask(value) : value;
  }
}
