package vn.ccvc.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Units arranged in a forest of any depth: since 1 July 2025 local government has two tiers
 * (province, then commune or ward), while agencies nest deeper.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class UnitTree {

  /** Error code of a unit list that repeats an id, names an unknown parent or has a cycle. */
  public static final String INVALID_CODE = "unit.invalidTree";

  private final Map<String, Unit> units;
  private final Map<String, List<Unit>> children;

  private UnitTree(Map<String, Unit> units) {
    this.units = units;
    Map<String, List<Unit>> byParent = new HashMap<>();
    for (Unit unit : units.values()) {
      if (unit.parentId() != null) {
        byParent.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit);
      }
    }
    byParent.replaceAll((key, list) -> List.copyOf(list));
    this.children = Map.copyOf(byParent);
  }

  /**
   * Builds a tree from units listed in any order.
   *
   * @throws WorkflowException with code {@value #INVALID_CODE} if two units share an id, a
   *     parent id names no listed unit, or the parent links form a cycle
   */
  public static UnitTree of(Collection<Unit> units) {
    Map<String, Unit> byId = new LinkedHashMap<>();
    for (Unit unit : units) {
      if (byId.putIfAbsent(unit.id(), unit) != null) {
        throw invalid("Unit id '" + unit.id() + "' appears twice; give each unit its own id");
      }
    }
    for (Unit unit : byId.values()) {
      if (unit.parentId() != null && !byId.containsKey(unit.parentId())) {
        throw invalid("Unit '" + unit.id() + "' names parent '" + unit.parentId()
            + "', which is not in the list; add the parent or correct the id");
      }
    }
    byId.values().forEach(unit -> checkNoCycle(unit, byId));
    return new UnitTree(Collections.unmodifiableMap(byId));
  }

  /** Returns the tree of the given units. */
  public static UnitTree of(Unit... units) {
    return of(List.of(units));
  }

  /** Returns the unit with {@code id}, if the tree has one. */
  public Optional<Unit> find(String id) {
    return Optional.ofNullable(units.get(id));
  }

  /** Tells whether the tree has a unit with {@code id}. */
  public boolean contains(String id) {
    return units.containsKey(id);
  }

  /** Returns every unit, in the order they were listed. */
  public List<Unit> units() {
    return List.copyOf(units.values());
  }

  /** Returns the units with no parent, in the order they were listed. */
  public List<Unit> roots() {
    return units.values().stream().filter(unit -> unit.parentId() == null).toList();
  }

  /** Returns the units directly below {@code id}, empty for a leaf or an unknown id. */
  public List<Unit> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  /**
   * Returns the unit {@code id} followed by every unit below it, depth first in listing order.
   *
   * @throws WorkflowException with code {@value #INVALID_CODE} if the tree has no unit
   *     {@code id}
   */
  public List<Unit> subtree(String id) {
    Unit top = units.get(id);
    if (top == null) {
      throw invalid("Unit '" + id + "' is not in the unit tree; use the id of a listed unit");
    }
    List<Unit> out = new ArrayList<>();
    collect(top, out);
    return List.copyOf(out);
  }

  /**
   * Tells whether unit {@code id} is {@code ancestorId} itself or lies below it. An id that is
   * not in the tree is within no unit but itself.
   */
  public boolean isWithin(String id, String ancestorId) {
    @Nullable String current = id;
    while (current != null) {
      if (current.equals(ancestorId)) {
        return true;
      }
      Unit unit = units.get(current);
      current = unit == null ? null : unit.parentId();
    }
    return false;
  }

  /** Returns the number of units above {@code id}: 0 for a root or an unknown id. */
  public int depth(String id) {
    int depth = 0;
    Unit unit = units.get(id);
    while (unit != null && unit.parentId() != null) {
      depth++;
      unit = units.get(unit.parentId());
    }
    return depth;
  }

  private void collect(Unit unit, List<Unit> out) {
    out.add(unit);
    for (Unit child : children(unit.id())) {
      collect(child, out);
    }
  }

  private static void checkNoCycle(Unit start, Map<String, Unit> byId) {
    // A path longer than the number of units must revisit one of them.
    Unit unit = start;
    for (int steps = 0; unit.parentId() != null; steps++) {
      if (steps > byId.size()) {
        throw invalid("Unit '" + start.id() + "' is its own ancestor; break the cycle in the "
            + "parent ids");
      }
      unit = byId.get(unit.parentId());
    }
  }

  private static WorkflowException invalid(String message) {
    return new WorkflowException(INVALID_CODE, message);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UnitTree tree && tree.units.equals(units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    return "UnitTree" + units.values();
  }
}
