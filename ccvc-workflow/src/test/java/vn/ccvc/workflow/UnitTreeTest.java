package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.DEPARTMENT;
import static vn.ccvc.workflow.Fixtures.DIVISION;
import static vn.ccvc.workflow.Fixtures.PROVINCE;
import static vn.ccvc.workflow.Fixtures.PROVINCE_APPROVER;
import static vn.ccvc.workflow.Fixtures.PROVINCE_LEADER;
import static vn.ccvc.workflow.Fixtures.WARD;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit trees of any depth and the scope of approver and leader roles. */
class UnitTreeTest {

  private final UnitTree units = Fixtures.units();

  @Test
  void subtree_depthFirst() {
    assertThat(units.subtree(PROVINCE)).extracting(Unit::id)
        .containsExactly(PROVINCE, WARD, DEPARTMENT, DIVISION);
    assertThat(units.subtree(DEPARTMENT)).extracting(Unit::id)
        .containsExactly(DEPARTMENT, DIVISION);
  }

  @Test
  void isWithin_ancestorsAndSelf() {
    assertThat(units.isWithin(DIVISION, PROVINCE)).isTrue();
    assertThat(units.isWithin(DIVISION, DIVISION)).isTrue();
    assertThat(units.isWithin(DIVISION, WARD)).isFalse();
    assertThat(units.isWithin(PROVINCE, DIVISION)).isFalse();
    assertThat(units.isWithin("unknown", PROVINCE)).isFalse();
  }

  @Test
  void depth_countsLevels() {
    assertThat(units.depth(PROVINCE)).isZero();
    assertThat(units.depth(DIVISION)).isEqualTo(2);
  }

  @Test
  void deepTree_twentyLevels() {
    List<Unit> chain = new ArrayList<>();
    chain.add(Unit.root("u0", "Level 0"));
    for (int i = 1; i < 20; i++) {
      chain.add(new Unit("u" + i, "Level " + i, "u" + (i - 1)));
    }
    UnitTree deep = UnitTree.of(chain);

    assertThat(deep.isWithin("u19", "u0")).isTrue();
    assertThat(deep.depth("u19")).isEqualTo(19);
    assertThat(deep.subtree("u0")).hasSize(20);
  }

  @Test
  void duplicateId_invalid() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class, () ->
        UnitTree.of(Unit.root("a", "A"), Unit.root("a", "A again")));

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
    assertThat(thrown.getMessage())
        .isEqualTo("Unit id 'a' appears twice; give each unit its own id");
  }

  @Test
  void unknownParent_invalid() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class, () ->
        UnitTree.of(new Unit("a", "A", "b")));

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
    assertThat(thrown.getMessage()).isEqualTo("Unit 'a' names parent 'b', which is not in the "
        + "list; add the parent or correct the id");
  }

  @Test
  void cycle_invalid() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class, () ->
        UnitTree.of(new Unit("a", "A", "b"), new Unit("b", "B", "c"), new Unit("c", "C", "a")));

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
    assertThat(thrown.getMessage()).isEqualTo("Unit 'a' is its own ancestor; break the cycle "
        + "in the parent ids");
  }

  @Test
  void subtree_unknownUnit() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> units.subtree("x"));

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
  }

  @Test
  void unit_ownParentRejected() {
    assertThatThrownBy(() -> new Unit("a", "A", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unit 'a' names itself as its parent");
  }

  @Test
  void holds_ownUnitOnlyWithoutSubUnits() {
    Organization organization = Fixtures.organization();

    assertThat(organization.hasRole(APPROVER, Role.APPROVER, WARD)).isTrue();
    assertThat(organization.hasRole(APPROVER, Role.LEADER, WARD)).isFalse();
    assertThat(organization.hasRole(PROVINCE_LEADER, Role.LEADER, PROVINCE)).isTrue();
    assertThat(organization.hasRole(PROVINCE_LEADER, Role.LEADER, WARD)).isFalse();
  }

  @Test
  void holds_subUnitsAtAnyDepth() {
    Organization organization = Fixtures.organization();

    assertThat(organization.hasRole(PROVINCE_APPROVER, Role.APPROVER, DIVISION)).isTrue();
    assertThat(organization.hasRole(PROVINCE_APPROVER, Role.APPROVER, WARD)).isTrue();
  }

  @Test
  void assignment_unknownUnitInvalid() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class, () ->
        Organization.of(units, List.of(new RoleAssignment(APPROVER, Role.APPROVER, "x", true))));

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
    assertThat(thrown.getMessage()).isEqualTo("Role assignment 001*****4321 APPROVER of x and "
        + "sub-units names unit 'x', which is not in the unit tree; add the unit or correct the"
        + " id");
  }

  @Test
  void assignment_ownerRoleRejected() {
    assertThatThrownBy(() -> new RoleAssignment(APPROVER, Role.OWNER, WARD, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Role OWNER cannot be assigned in a unit; assign APPROVER or LEADER");
  }
}
