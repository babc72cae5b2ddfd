package vn.ccvc.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Identity;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.PartyAndMilitary;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Relative;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Sex;
import vn.ccvc.model.Training;
import vn.ccvc.model.WorkPeriod;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

class SampleUnitGeneratorTest {

  private static final LocalDate TODAY = SampleUnitGenerator.TODAY;

  private final List<SampleFile> unit =
      new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED).unit();

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ProfileValidator validator = ProfileValidator.builder()
      .clock(Clock.fixed(TODAY.atStartOfDay(VIETNAM).toInstant(), VIETNAM))
      .build();

  private List<Profile> profiles() {
    return unit.stream().map(SampleFile::profile).toList();
  }

  @Test
  void sameSeed_sameProfiles() {
    List<SampleFile> again = new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED).unit();

    assertThat(again).isEqualTo(unit);
  }

  @Test
  void otherSeed_otherPeople() {
    List<SampleFile> other = new SampleUnitGenerator(7).unit();

    assertThat(other.get(1).profile()).isNotEqualTo(unit.get(1).profile());
  }

  @Test
  void otherSeed_samePublishedPerson() {
    Identity other = new SampleUnitGenerator(7).unit().get(0).profile().identity();

    assertThat(other.fullName()).isEqualTo("Bùi Thị Thủy");
    assertThat(other.citizenId()).isEqualTo(SampleUnitGenerator.PUBLISHED_CITIZEN_ID);
  }

  @Test
  void unit_hasFortyStaffOfEveryType() {
    assertThat(unit).hasSize(40);
    for (EmployeeType type : EmployeeType.values()) {
      assertThat(profiles()).anyMatch(p -> p.employment().employeeType() == type);
    }
  }

  @Test
  void publishedPerson_isFirstFile() {
    SampleFile first = unit.get(0);
    Identity identity = first.profile().identity();

    assertThat(first.fileName()).isEqualTo("01-bui-thi-thuy.json");
    assertThat(identity.fullName()).isEqualTo("Bùi Thị Thủy");
    assertThat(identity.citizenId()).isEqualTo("038185011234");
    assertThat(identity.sex()).isEqualTo(Sex.FEMALE);
    assertThat(identity.birthDate()).startsWith("1985-");
    assertThat(first.profile().employment().employeeType()).isEqualTo(EmployeeType.CIVIL_SERVANT);
    assertThat(first.profile().salary().rankCode()).isEqualTo("01.003");
  }

  @Test
  void publishedId_inNoOtherProfile() {
    for (SampleFile file : unit.subList(1, unit.size())) {
      assertThat(file.profile().toString()).as(file.fileName())
          .doesNotContain(SampleUnitGenerator.PUBLISHED_CITIZEN_ID);
    }
    for (SampleFile file : new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED)
        .invalidSamples()) {
      assertThat(file.profile().toString()).as(file.fileName())
          .doesNotContain(SampleUnitGenerator.PUBLISHED_CITIZEN_ID);
    }
  }

  @Test
  void fileNames_numberedAsciiWithoutIds() {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < unit.size(); i++) {
      String name = unit.get(i).fileName();
      assertThat(name).matches(String.format("%02d-[a-z]+(-[a-z]+)+\\.json", i + 1));
      assertThat(name).doesNotContainPattern("\\d{4}");
      names.add(name);
    }
    assertThat(names).hasSize(unit.size());
  }

  @Test
  void names_areNfcAndUnique() {
    Set<String> names = new TreeSet<>();
    for (Profile p : profiles()) {
      String name = p.identity().fullName();
      assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
      assertThat(name.split(" ")).as(name).hasSizeGreaterThanOrEqualTo(3);
      names.add(name);
    }
    assertThat(names).hasSize(unit.size());
  }

  @Test
  void citizenIds_matchSexAndBirthYear() {
    Set<String> ids = new TreeSet<>();
    for (Profile p : profiles()) {
      Identity identity = p.identity();
      CitizenId id = CitizenId.parse(identity.citizenId());
      assertThat(id.sex()).as(identity.fullName()).isEqualTo(identity.sex());
      assertThat(id.birthYear()).as(identity.fullName())
          .isEqualTo(PartialDate.parse(identity.birthDate()).year());
      ids.add(id.digits());
    }
    assertThat(ids).hasSize(unit.size());
  }

  @Test
  void citizenIds_mostlyFromHaNoi() {
    long haNoi = profiles().stream()
        .filter(p -> p.identity().citizenId().startsWith("001")).count();

    assertThat(haNoi).isGreaterThan(unit.size() / 2);
  }

  @Test
  void salary_item14EqualsLatestColumn() {
    for (Profile p : profiles()) {
      Salary salary = p.salary();
      SalaryChange latest = salary.history().get(salary.history().size() - 1);
      String context = p.identity().fullName();
      assertThat(salary.rankCode()).as(context).isEqualTo(latest.rankCode());
      assertThat(salary.step()).as(context).isEqualTo(latest.step());
      assertThat(salary.coefficient()).as(context).isEqualTo(latest.coefficient());
      assertThat(salary.effectiveDate()).as(context).isEqualTo(latest.from());
    }
  }

  @Test
  void salary_stepsRiseOnScheduleInDateOrder() {
    for (Profile p : profiles()) {
      List<SalaryChange> history = p.salary().history();
      for (int i = 1; i < history.size(); i++) {
        SalaryChange before = history.get(i - 1);
        SalaryChange after = history.get(i);
        LocalDate from = LocalDate.parse(before.from());
        LocalDate to = LocalDate.parse(after.from());
        String context = p.identity().fullName() + " column " + i;
        assertThat(to).as(context).isAfter(from);
        assertThat(after.coefficient()).as(context).isGreaterThan(before.coefficient());
        if (before.rankCode().equals(after.rankCode())) {
          int months = before.rankCode().equals("02.008")
              || before.rankCode().equals("V.08.10.29") ? 24 : 36;
          assertThat(after.step()).as(context).isEqualTo(before.step() + 1);
          assertThat(Period.between(from, to).toTotalMonths()).as(context).isEqualTo(months);
        }
      }
    }
  }

  @Test
  void salary_insuranceNumbersTenDigitsUnique() {
    Set<String> numbers = new TreeSet<>();
    for (Profile p : profiles()) {
      assertThat(p.salary().socialInsuranceNumber()).matches("\\d{10}");
      numbers.add(p.salary().socialInsuranceNumber());
    }
    assertThat(numbers).hasSize(unit.size());
  }

  @Test
  void recruitment_atEighteenOrOlder() {
    for (Profile p : profiles()) {
      LocalDate birth = LocalDate.parse(p.identity().birthDate());
      LocalDate recruited = LocalDate.parse(p.employment().recruitmentDate());
      assertThat(recruited).as(p.identity().fullName()).isAfterOrEqualTo(birth.plusYears(18));
    }
  }

  @Test
  void military_enlistedAtEighteenDischargedLater() {
    int veterans = 0;
    for (Profile p : profiles()) {
      PartyAndMilitary military = p.partyAndMilitary();
      if (military.enlistmentDate() == null) {
        continue;
      }
      veterans++;
      LocalDate birth = LocalDate.parse(p.identity().birthDate());
      LocalDate enlisted = LocalDate.parse(military.enlistmentDate());
      LocalDate discharged = LocalDate.parse(military.dischargeDate());
      assertThat(enlisted).as(p.identity().fullName()).isAfterOrEqualTo(birth.plusYears(18));
      assertThat(discharged).as(p.identity().fullName()).isAfter(enlisted);
    }
    assertThat(veterans).isPositive();
  }

  @Test
  void party_admissionAtEighteenOfficialAfterYear() {
    int members = 0;
    for (Profile p : profiles()) {
      PartyAndMilitary party = p.partyAndMilitary();
      if (party.partyAdmissionDate() == null) {
        assertThat(party.partyOfficialDate()).isNull();
        continue;
      }
      members++;
      LocalDate birth = LocalDate.parse(p.identity().birthDate());
      LocalDate admitted = LocalDate.parse(party.partyAdmissionDate());
      LocalDate official = LocalDate.parse(party.partyOfficialDate());
      assertThat(admitted).as(p.identity().fullName()).isAfter(birth.plusYears(18));
      assertThat(official).as(p.identity().fullName()).isAfterOrEqualTo(admitted.plusMonths(12));
    }
    assertThat(members).isGreaterThan(unit.size() / 3);
  }

  @Test
  void family_generationsTwelveYearsApart() {
    for (Profile p : profiles()) {
      int own = PartialDate.parse(p.identity().birthDate()).year();
      for (Relative r : p.family().ownSide()) {
        int year = Integer.parseInt(r.birthYear());
        String context = p.identity().fullName() + ": " + r.fullName();
        if (r.relationCode().equals("CHA") || r.relationCode().equals("ME")) {
          assertThat(year).as(context).isLessThanOrEqualTo(own - 12);
        }
        if (r.relationCode().equals("CON")) {
          assertThat(year).as(context).isGreaterThanOrEqualTo(own + 12);
        }
      }
    }
  }

  @Test
  void health_withinRanges() {
    for (Profile p : profiles()) {
      assertThat(p.healthAndPolicy().heightCm()).isBetween(145, 185);
      assertThat(p.healthAndPolicy().weightKg().intValue()).isBetween(42, 90);
      assertThat(p.healthAndPolicy().bloodGroup()).isIn("A", "B", "AB", "O");
    }
  }

  @Test
  void dates_allBeforeToday() {
    for (Profile p : profiles()) {
      for (String date : dates(p)) {
        assertThat(PartialDate.parse(date).start()).as(p.identity().fullName() + " " + date)
            .isBefore(TODAY);
      }
    }
  }

  @Test
  void workHistory_inOrderWithOneCurrentPost() {
    for (Profile p : profiles()) {
      List<WorkPeriod> rows = p.workHistory().entries();
      for (int i = 1; i < rows.size(); i++) {
        PartialDate previousEnd = PartialDate.parse(rows.get(i - 1).to());
        PartialDate start = PartialDate.parse(rows.get(i).from());
        assertThat(previousEnd.isBefore(start)).as(p.identity().fullName() + " row " + i)
            .isTrue();
      }
      assertThat(rows.get(rows.size() - 1).to()).isNull();
    }
  }

  @Test
  void unit_passesSubmission() {
    for (SampleFile file : unit) {
      ValidationReport report = validator.validate(file.profile(), Stage.SUBMISSION);

      assertThat(report.errors()).as(file.fileName() + describe(report.errors())).isEmpty();
    }
  }

  @Test
  void anySeed_validUnitAndInvalidSamples() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      SampleUnitGenerator generator = new SampleUnitGenerator(seed);
      for (SampleFile file : generator.unit()) {
        ValidationReport report = validator.validate(file.profile(), Stage.SUBMISSION);
        assertThat(report.violations()).as(seed + " " + file.fileName()
            + describe(report.violations())).isEmpty();
      }
      for (SampleFile file : generator.invalidSamples()) {
        ValidationReport report = validator.validate(file.profile(), Stage.SUBMISSION);
        assertThat(report.codes()).as(seed + " " + file.fileName())
            .containsAll(file.expectedCodes());
      }
    });
  }

  @Test
  void unit_hasNoWarnings() {
    for (SampleFile file : unit) {
      ValidationReport report = validator.validate(file.profile(), Stage.SUBMISSION);

      assertThat(report.warnings()).as(file.fileName() + describe(report.warnings())).isEmpty();
    }
  }

  @Test
  void invalidSamples_raiseTheirCodes() {
    for (SampleFile file : new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED)
        .invalidSamples()) {
      ValidationReport report = validator.validate(file.profile(), Stage.SUBMISSION);

      assertThat(report.codes()).as(file.fileName() + describe(report.violations()))
          .containsAll(file.expectedCodes());
    }
  }

  @Test
  void codes_inBundledCatalogues() {
    Catalogs catalogs = Catalogs.defaults();
    for (Profile p : profiles()) {
      String context = p.identity().fullName();
      assertThat(catalogs.ethnicGroups().contains(p.identity().ethnicityCode())).as(context)
          .isTrue();
      assertThat(catalogs.religions().contains(p.identity().religionCode())).as(context).isTrue();
      assertThat(catalogs.provinces().find(p.identity().citizenId().substring(0, 3)))
          .as(context).isPresent();
      assertThat(catalogs.bloodGroups().contains(p.healthAndPolicy().bloodGroup())).as(context)
          .isTrue();
      assertThat(catalogs.educationLevels().contains(
          p.qualifications().professionalLevelCode())).as(context).isTrue();
      p.qualifications().training().forEach(t ->
          assertThat(catalogs.trainingModes().contains(t.modeCode())).as(context).isTrue());
      p.family().ownSide().forEach(r ->
          assertThat(catalogs.familyRelations().contains(r.relationCode())).as(context).isTrue());
      p.family().spouseSide().forEach(r ->
          assertThat(catalogs.familyRelations().contains(r.relationCode())).as(context).isTrue());
      p.awardsAndDiscipline().awards().forEach(a ->
          assertThat(catalogs.awardForms().contains(a.formCode())).as(context).isTrue());
      p.awardsAndDiscipline().yearlyRatings().forEach(r ->
          assertThat(catalogs.yearlyRatings().contains(r.ratingCode())).as(context).isTrue());
      p.salary().history().forEach(c ->
          assertThat(catalogs.ranks().find(c.rankCode())).as(context).isPresent());
    }
  }

  @Test
  void codes_everyMappedCodeInCatalogue() {
    Catalogs catalogs = Catalogs.defaults();

    assertThat(Codes.ETHNIC_GROUPS.values()).allMatch(catalogs.ethnicGroups()::contains);
    assertThat(Codes.RELIGIONS.values()).allMatch(catalogs.religions()::contains);
    assertThat(Codes.EDUCATION_LEVELS.values()).allMatch(catalogs.educationLevels()::contains);
    assertThat(Codes.POLITICAL_THEORY.values())
        .allMatch(catalogs.politicalTheoryLevels()::contains);
    assertThat(Codes.STATE_MANAGEMENT.values())
        .allMatch(catalogs.stateManagementLevels()::contains);
    assertThat(Codes.TRAINING_MODES.values()).allMatch(catalogs.trainingModes()::contains);
    assertThat(Codes.AWARD_FORMS.values()).allMatch(catalogs.awardForms()::contains);
    assertThat(Codes.DISCIPLINE_FORMS.values()).allMatch(catalogs.disciplineForms()::contains);
    assertThat(Codes.BLOOD_GROUPS.values()).allMatch(catalogs.bloodGroups()::contains);
    assertThat(Codes.RATINGS.values()).allMatch(catalogs.yearlyRatings()::contains);
    assertThat(Codes.RELATIONS.values()).allMatch(catalogs.familyRelations()::contains);
  }

  @Test
  void invalidSamples_twelveWithCodes() {
    List<SampleFile> invalid =
        new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED).invalidSamples();

    assertThat(invalid).hasSize(12);
    assertThat(invalid).allMatch(f -> !f.expectedCodes().isEmpty());
    assertThat(invalid.get(0).fileName()).isEqualTo("01-citizen-id-13-digits.json");
  }

  @Test
  void expectedCodesCsv_listsEveryFile() {
    String csv = new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED).expectedCodesCsv();

    assertThat(csv).startsWith("file,codes\n01-citizen-id-13-digits.json,citizenId.format\n");
    assertThat(csv).contains("\n07-party-and-military-dates-reversed.json,"
        + "party.officialBeforeAdmission;military.dischargeBeforeEnlistment\n");
    assertThat(csv.lines()).hasSize(13);
  }

  private static String describe(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append("\n  ").append(v.severity()).append(' ').append(v.code()).append(' ')
          .append(v.path()).append(": ").append(v.message());
    }
    return text.toString();
  }

  private static List<String> dates(Profile p) {
    List<String> dates = new ArrayList<>();
    dates.add(p.identity().birthDate());
    dates.add(p.identity().citizenIdIssueDate());
    dates.add(p.employment().recruitmentDate());
    dates.add(p.salary().effectiveDate());
    p.salary().history().forEach(c -> dates.add(c.from()));
    p.workHistory().entries().forEach(w -> {
      dates.add(w.from());
      if (w.to() != null) {
        dates.add(w.to());
      }
    });
    for (Training t : p.qualifications().training()) {
      dates.add(t.from());
      dates.add(t.to());
    }
    PartyAndMilitary party = p.partyAndMilitary();
    if (party.partyOfficialDate() != null) {
      dates.add(party.partyOfficialDate());
    }
    party.organisations().forEach(m -> dates.add(m.joinDate()));
    p.awardsAndDiscipline().awards().forEach(a -> dates.add(a.year()));
    p.awardsAndDiscipline().yearlyRatings().forEach(r -> dates.add(r.year()));
    return dates;
  }
}
