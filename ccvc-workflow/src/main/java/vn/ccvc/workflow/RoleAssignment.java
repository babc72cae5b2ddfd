package vn.ccvc.workflow;

import java.util.Objects;
import vn.ccvc.model.CitizenId;

/**
 * A person's approver or leader role in a unit.
 *
 * @param person the person's citizen ID
 * @param role {@link Role#APPROVER} or {@link Role#LEADER}
 * @param unitId the unit the role is held in
 * @param includesSubUnits whether the role also covers every unit below {@code unitId}
 */
public record RoleAssignment(CitizenId person, Role role, String unitId,
    boolean includesSubUnits) {

  /**
   * Creates an assignment.
   *
   * @throws IllegalArgumentException if {@code role} is {@link Role#OWNER} or
   *     {@link Role#SYSTEM}, which follow from the profile and are never assigned
   */
  public RoleAssignment {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(unitId, "unitId");
    if (role != Role.APPROVER && role != Role.LEADER) {
      throw new IllegalArgumentException("Role " + role + " cannot be assigned in a unit; "
          + "assign APPROVER or LEADER");
    }
  }

  /** Returns a masked description, such as {@code 038*****1234 APPROVER of u1 and sub-units}. */
  @Override
  public String toString() {
    return person.masked() + " " + role + " of " + unitId + (includesSubUnits ? " and sub-units"
        : "");
  }
}
