package vn.ccvc.examples.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AwardsAndDiscipline;
import vn.ccvc.model.Discipline;
import vn.ccvc.model.HealthAndPolicy;
import vn.ccvc.model.Identity;
import vn.ccvc.model.PartyAndMilitary;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Sex;
import vn.ccvc.model.WorkHistory;
import vn.ccvc.model.WorkPeriod;

/**
 * Derives deliberately invalid profiles from one valid base profile, each with one or two
 * faults, and the validation codes each fault must raise at the submission stage.
 */
final class InvalidSamples {

  private InvalidSamples() {}

  /** Returns the invalid samples derived from {@code base}, numbered from 01. */
  static List<SampleFile> from(Profile base) {
    Identity id = base.identity();
    List<SampleFile> files = new ArrayList<>();
    files.add(sample("citizen-id-13-digits", identity(base, new IdentityEdit(id)
        .citizenId(id.citizenId() + "7")), "citizenId.format"));
    files.add(sample("issue-date-30-february", identity(base, new IdentityEdit(id)
        .issueDate("2023-02-30")), "date.invalid"));
    files.add(sample("digit-in-name", identity(base, new IdentityEdit(id)
        .fullName(id.fullName() + "2")), "name.invalidCharacters"));
    files.add(sample("unknown-ethnic-code", identity(base, new IdentityEdit(id)
        .ethnicityCode("77")), "catalog.unknownCode"));

    files.add(sample("coefficient-not-on-scale", latestSalary(base, null, new BigDecimal("3.50")),
        "salary.coefficientNotOnScale"));
    files.add(sample("step-out-of-range", latestSalary(base, 10, null),
        "salary.stepOutOfRange"));

    files.add(sample("party-and-military-dates-reversed", reversedPartyAndMilitary(base),
        "party.officialBeforeAdmission", "military.dischargeBeforeEnlistment"));
    files.add(sample("work-period-ends-before-start", reversedWorkPeriod(base),
        "period.endBeforeStart"));
    files.add(sample("height-and-insurance-number", heightAndInsurance(base),
        "health.outOfRange", "socialInsurance.format"));

    files.add(sample("missing-name-and-birth-date", identity(base, new IdentityEdit(id)
        .fullName(null).birthDate(null)), "required"));
    files.add(sample("issue-date-in-future", identity(base, new IdentityEdit(id)
        .issueDate("2027-01-15")), "date.future"));
    files.add(sample("demotion-after-2025-and-sex-mismatch", demotionAndSex(base),
        "discipline.formNotValidOnDate", "citizenId.sexMismatch"));

    List<SampleFile> numbered = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      SampleFile file = files.get(i);
      numbered.add(new SampleFile(String.format(java.util.Locale.ROOT, "%02d-%s.json", i + 1,
          file.fileName()), file.profile(), file.expectedCodes()));
    }
    return numbered;
  }

  private static SampleFile sample(String name, Profile profile, String... codes) {
    return new SampleFile(name, profile, List.of(codes));
  }

  /** Changes item 14 and the latest column of grid 31 alike, so they still agree. */
  private static Profile latestSalary(Profile base, @Nullable Integer step,
      @Nullable BigDecimal coefficient) {
    Salary s = base.salary();
    List<SalaryChange> history = new ArrayList<>(s.history());
    SalaryChange last = history.remove(history.size() - 1);
    int newStep = step != null ? step : s.step();
    BigDecimal newCoefficient = coefficient != null ? coefficient : s.coefficient();
    history.add(new SalaryChange(last.from(), last.rankCode(), newStep, newCoefficient));
    Salary changed = new Salary(s.rankCode(), newStep, newCoefficient, s.effectiveDate(),
        s.beyondFramePercent(), s.positionAllowance(), s.otherAllowances(),
        s.socialInsuranceNumber(), history);
    return with(base, null, changed, null, null, null, null);
  }

  private static Profile reversedPartyAndMilitary(Profile base) {
    PartyAndMilitary p = base.partyAndMilitary();
    String birth = base.identity().birthDate();
    int year = Integer.parseInt(birth.substring(0, 4));
    PartyAndMilitary changed = new PartyAndMilitary((year + 24) + "-05-19", (year + 24) + "-02-03",
        p.organisations(), (year + 19) + "-02-20", (year + 18) + "-02-18", "Hạ sĩ");
    return with(base, null, null, changed, null, null, null);
  }

  private static Profile reversedWorkPeriod(Profile base) {
    List<WorkPeriod> rows = new ArrayList<>(base.workHistory().entries());
    WorkPeriod first = rows.get(0);
    rows.set(0, new WorkPeriod(first.to(), first.from(), first.description()));
    return with(base, null, null, null, new WorkHistory(rows), null, null);
  }

  private static Profile heightAndInsurance(Profile base) {
    HealthAndPolicy h = base.healthAndPolicy();
    // A height of 165 cm typed with a digit missing, and an insurance number one digit short.
    HealthAndPolicy health = new HealthAndPolicy(h.healthStatus(), 16, h.weightKg(),
        h.bloodGroup(), h.warInvalidGrade(), h.policyFamily());
    Salary s = base.salary();
    Salary salary = new Salary(s.rankCode(), s.step(), s.coefficient(), s.effectiveDate(),
        s.beyondFramePercent(), s.positionAllowance(), s.otherAllowances(),
        s.socialInsuranceNumber().substring(1), s.history());
    return with(base, null, salary, null, null, health, null);
  }

  private static Profile demotionAndSex(Profile base) {
    Identity id = base.identity();
    Sex other = id.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    AwardsAndDiscipline a = base.awardsAndDiscipline();
    List<Discipline> disciplines = new ArrayList<>(a.disciplines());
    disciplines.add(new Discipline(Codes.DISCIPLINE_FORMS.get("Hạ bậc lương"), "2025-09-15",
        "Chủ tịch Ủy ban nhân dân phường Đại Mỗ",
        "Vi phạm quy định về quản lý hồ sơ địa chính"));
    AwardsAndDiscipline awards = new AwardsAndDiscipline(a.honoraryTitle(), a.awards(),
        disciplines, a.yearlyRatings());
    return with(identity(base, new IdentityEdit(id).sex(other)), null, null, null, null, null,
        awards);
  }

  private static Profile identity(Profile base, IdentityEdit edit) {
    return with(base, edit.build(), null, null, null, null, null);
  }

  /** Returns {@code base} with each non-null section replaced. */
  private static Profile with(Profile base, @Nullable Identity identity, @Nullable Salary salary,
      @Nullable PartyAndMilitary party, @Nullable WorkHistory work,
      @Nullable HealthAndPolicy health, @Nullable AwardsAndDiscipline awards) {
    return new Profile(base.schemaVersion(),
        identity != null ? identity : base.identity(), base.residence(), base.family(),
        base.personalHistory(), base.employment(), base.qualifications(),
        work != null ? work : base.workHistory(),
        salary != null ? salary : base.salary(),
        awards != null ? awards : base.awardsAndDiscipline(),
        party != null ? party : base.partyAndMilitary(),
        health != null ? health : base.healthAndPolicy());
  }

  /** A copy of an identity section with some of its items changed. */
  private static final class IdentityEdit {
    private final Identity from;
    private @Nullable String fullName;
    private @Nullable String birthDate;
    private @Nullable Sex sex;
    private @Nullable String ethnicityCode;
    private @Nullable String citizenId;
    private @Nullable String issueDate;

    IdentityEdit(Identity from) {
      this.from = from;
      this.fullName = from.fullName();
      this.birthDate = from.birthDate();
      this.sex = from.sex();
      this.ethnicityCode = from.ethnicityCode();
      this.citizenId = from.citizenId();
      this.issueDate = from.citizenIdIssueDate();
    }

    IdentityEdit fullName(@Nullable String value) {
      fullName = value;
      return this;
    }

    IdentityEdit birthDate(@Nullable String value) {
      birthDate = value;
      return this;
    }

    IdentityEdit sex(Sex value) {
      sex = value;
      return this;
    }

    IdentityEdit ethnicityCode(String value) {
      ethnicityCode = value;
      return this;
    }

    IdentityEdit citizenId(String value) {
      citizenId = value;
      return this;
    }

    IdentityEdit issueDate(String value) {
      issueDate = value;
      return this;
    }

    Identity build() {
      return new Identity(from.managingAgency(), from.usingAgency(), from.staffNumber(),
          from.photo(), fullName, from.familyName(), from.middleName(), from.givenName(),
          from.otherNames(), birthDate, sex, from.placeOfBirth(), from.homeTown(),
          ethnicityCode, from.religionCode(), citizenId, issueDate, from.citizenIdIssuePlace(),
          from.formerIdNumber(), from.familyBackground());
    }
  }
}
