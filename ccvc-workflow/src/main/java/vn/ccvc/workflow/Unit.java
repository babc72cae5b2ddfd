package vn.ccvc.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agency or administrative unit that employees belong to, such as a province's department
 * or a commune's people's committee.
 *
 * @param id identifier the host assigns, unique in a {@link UnitTree}
 * @param name display name, such as {@code Ủy ban nhân dân phường Tây Mỗ}
 * @param parentId id of the unit above, or null for a root
 */
public record Unit(String id, String name, @Nullable String parentId) {

  /**
   * Creates a unit.
   *
   * @throws IllegalArgumentException if {@code id} or {@code name} is blank, or the unit is its
   *     own parent
   */
  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Unit id is blank; give every unit a non-blank id");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("Unit '" + id + "' has a blank name; give it a name");
    }
    if (id.equals(parentId)) {
      throw new IllegalArgumentException("Unit '" + id + "' names itself as its parent");
    }
  }

  /** Returns a root unit, one with no unit above it. */
  public static Unit root(String id, String name) {
    return new Unit(id, name, null);
  }
}
