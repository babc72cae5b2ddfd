package vn.ccvc.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ccvc.model.CitizenId;

/**
 * The units and the approver and leader roles held in them: who may act on whose profile.
 *
 * <p>Instances are immutable and safe to share between threads. A host that changes roles builds
 * a new organization and a new {@link Workflow} from it.
 */
public final class Organization {

  private final UnitTree units;
  private final List<RoleAssignment> assignments;
  private final Map<CitizenId, List<RoleAssignment>> byPerson;

  private Organization(UnitTree units, List<RoleAssignment> assignments) {
    this.units = units;
    this.assignments = List.copyOf(assignments);
    Map<CitizenId, List<RoleAssignment>> index = new HashMap<>();
    for (RoleAssignment assignment : this.assignments) {
      index.computeIfAbsent(assignment.person(), key -> new ArrayList<>()).add(assignment);
    }
    index.replaceAll((key, list) -> List.copyOf(list));
    this.byPerson = Map.copyOf(index);
  }

  /**
   * Returns an organization.
   *
   * @throws WorkflowException with code {@value UnitTree#INVALID_CODE} if an assignment names a
   *     unit that is not in {@code units}
   */
  public static Organization of(UnitTree units, List<RoleAssignment> assignments) {
    Objects.requireNonNull(units, "units");
    for (RoleAssignment assignment : assignments) {
      if (!units.contains(assignment.unitId())) {
        throw new WorkflowException(UnitTree.INVALID_CODE, "Role assignment " + assignment
            + " names unit '" + assignment.unitId() + "', which is not in the unit tree; add the "
            + "unit or correct the id");
      }
    }
    return new Organization(units, assignments);
  }

  /** Returns the unit tree. */
  public UnitTree units() {
    return units;
  }

  /** Returns every role assignment, in the order given. */
  public List<RoleAssignment> assignments() {
    return assignments;
  }

  /**
   * Tells whether {@code person} has {@code role} for profiles of unit {@code unitId}: in that
   * unit itself, or in a unit above it through an assignment that includes sub-units.
   */
  public boolean hasRole(CitizenId person, Role role, String unitId) {
    for (RoleAssignment assignment : byPerson.getOrDefault(person, List.of())) {
      if (assignment.role() == role && covers(assignment, unitId)) {
        return true;
      }
    }
    return false;
  }

  private boolean covers(RoleAssignment assignment, String unitId) {
    if (assignment.unitId().equals(unitId)) {
      return true;
    }
    return assignment.includesSubUnits() && units.isWithin(unitId, assignment.unitId());
  }

  @Override
  public String toString() {
    return "Organization[" + units.units().size() + " units, " + assignments.size()
        + " assignments]";
  }
}
