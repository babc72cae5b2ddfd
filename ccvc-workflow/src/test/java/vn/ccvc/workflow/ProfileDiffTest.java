package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.profile;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Section;

/** Field-by-field changes between profile versions. */
class ProfileDiffTest {

  private static Profile withSalary(Profile profile, BigDecimal coefficient,
      List<SalaryChange> history) {
    Salary s = profile.salary();
    Salary salary = new Salary(s.rankCode(), s.step(), coefficient, s.effectiveDate(),
        s.beyondFramePercent(), s.positionAllowance(), s.otherAllowances(),
        s.socialInsuranceNumber(), history);
    return new Profile(profile.schemaVersion(), profile.identity(), profile.residence(),
        profile.family(), profile.personalHistory(), profile.employment(),
        profile.qualifications(), profile.workHistory(), salary,
        profile.awardsAndDiscipline(), profile.partyAndMilitary(), profile.healthAndPolicy());
  }

  @Test
  void sameProfile_empty() {
    ProfileDiff diff = ProfileDiff.between(profile("A"), profile("A"));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.sections()).isEmpty();
  }

  @Test
  void changedName_onePath() {
    ProfileDiff diff = ProfileDiff.between(profile("Bùi Thị Thủy"), profile("Bùi Thị Thu Thủy"));

    assertThat(diff.changes()).containsExactly(new FieldChange(Section.I, "identity.fullName",
        "Bùi Thị Thủy", "Bùi Thị Thu Thủy"));
    assertThat(diff.changes().get(0).kind()).isEqualTo(FieldChange.Kind.CHANGED);
  }

  @Test
  void tableRow_pathWithIndex() {
    Profile before = profile("A");
    List<SalaryChange> history = List.of(before.salary().history().get(0),
        new SalaryChange("2024-01", "01.003", 3, new BigDecimal("3.00")));
    Profile after = withSalary(before, before.salary().coefficient(), history);

    ProfileDiff diff = ProfileDiff.between(before, after);

    assertThat(diff.changes()).extracting(FieldChange::path).containsExactly(
        "salary.history[1].from", "salary.history[1].rankCode", "salary.history[1].step",
        "salary.history[1].coefficient");
    assertThat(diff.changes()).allSatisfy(change ->
        assertThat(change.kind()).isEqualTo(FieldChange.Kind.ADDED));
    assertThat(diff.changes().get(3).after()).isEqualTo("3.00");
    assertThat(diff.in(Section.VIII)).hasSize(4);
    assertThat(diff.sections()).containsExactly(Section.VIII);
  }

  @Test
  void removedRow_nullAfter() {
    Profile before = profile("A");
    Profile after = withSalary(before, before.salary().coefficient(), List.of());

    ProfileDiff diff = ProfileDiff.between(before, after);

    assertThat(diff.changes()).hasSize(4);
    assertThat(diff.changes().get(0)).isEqualTo(new FieldChange(Section.VIII,
        "salary.history[0].from", "2021-01", null));
    assertThat(diff.changes().get(0).kind()).isEqualTo(FieldChange.Kind.REMOVED);
  }

  @Test
  void numbers_compareByValue() {
    Profile before = profile("A");
    Profile after = withSalary(before, new BigDecimal("3.000"), before.salary().history());

    assertThat(ProfileDiff.between(before, after).isEmpty()).isTrue();
  }

  @Test
  void numberChange_plainText() {
    Profile before = profile("A");
    Profile after = withSalary(before, new BigDecimal("3.33"), before.salary().history());

    assertThat(ProfileDiff.between(before, after).changes()).containsExactly(
        new FieldChange(Section.VIII, "salary.coefficient", "3.00", "3.33"));
  }

  @Test
  void fromNothing_everyFieldAdded() {
    ProfileDiff diff = ProfileDiff.between(null, profile("A"));

    assertThat(diff.changes()).extracting(FieldChange::path).contains("identity.fullName",
        "identity.citizenId", "salary.rankCode", "salary.history[0].coefficient");
    assertThat(diff.changes()).allSatisfy(change ->
        assertThat(change.kind()).isEqualTo(FieldChange.Kind.ADDED));
  }

  @Test
  void nestedRecord_addedPhoto() {
    Profile before = profile("A");
    Identity i = before.identity();
    Identity identity = new Identity(i.managingAgency(), i.usingAgency(),
        i.staffNumber(), new Photo("image/png", "iVBORw0KGgo="), i.fullName(), i.familyName(),
        i.middleName(), i.givenName(), i.otherNames(), i.birthDate(), i.sex(),
        i.placeOfBirth(), i.homeTown(), i.ethnicityCode(), i.religionCode(), i.citizenId(),
        i.citizenIdIssueDate(), i.citizenIdIssuePlace(), i.formerIdNumber(),
        i.familyBackground());
    Profile after = new Profile(before.schemaVersion(), identity, null, null, null, null, null,
        null, before.salary(), null, null, null);

    assertThat(ProfileDiff.between(before, after).changes()).containsExactly(
        new FieldChange(Section.I, "identity.photo.mediaType", null, "image/png"),
        new FieldChange(Section.I, "identity.photo.data", null, "iVBORw0KGgo="));
  }

  @Test
  void changesSinceConfirmed_afterEdit() {
    Fixtures.Path confirmed = Fixtures.path(ProfileStatus.CONFIRMED);
    ProfileState edited = confirmed.then(new Command.Save(3, draft(profile("Bùi Thu Thủy"))),
        Actor.person(OWNER)).state();

    assertThat(edited.changesSinceConfirmed().changes()).containsExactly(new FieldChange(
        Section.I, "identity.fullName", "Bùi Thị Thủy", "Bùi Thu Thủy"));
  }

  @Test
  void changesSinceConfirmed_neverConfirmedListsAll() {
    ProfileState updating = Fixtures.inStatus(ProfileStatus.UPDATING);

    assertThat(updating.changesSinceConfirmed())
        .isEqualTo(ProfileDiff.between(null, updating.profile()));
  }

  @Test
  void toString_masksCitizenId() {
    FieldChange change = new FieldChange(Section.I, "identity.citizenId", "038185011234",
        "038185011235");

    assertThat(change.toString())
        .isEqualTo("identity.citizenId: 038*****1234 -> 038*****1235");
  }

  @Test
  void sameValues_notAChange() {
    assertThatThrownBy(() -> new FieldChange(Section.I, "identity.fullName", "A", "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Field identity.fullName is listed as changed but has the same value "
            + "before and after");
  }
}
