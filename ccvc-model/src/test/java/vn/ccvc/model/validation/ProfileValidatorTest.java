package vn.ccvc.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.validation.SampleProfiles.CLOCK;
import static vn.ccvc.model.validation.SampleProfiles.thuy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ccvc.model.Discipline;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Section;
import vn.ccvc.model.Sex;

class ProfileValidatorTest {

  private static final ProfileValidator VI = ProfileValidator.builder().clock(CLOCK).build();
  private static final ProfileValidator EN =
      ProfileValidator.builder().clock(CLOCK).locale(Locale.ENGLISH).build();

  @Test
  void sampleProfile_hasNoViolationAtSubmission() {
    ValidationReport report = VI.validate(thuy(), Stage.SUBMISSION);

    assertThat(report.violations()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void emptyProfile_isAcceptedAsDraft() {
    assertThat(VI.validate(Profile.empty(), Stage.DRAFT).violations()).isEmpty();
  }

  @Test
  void emptyProfile_listsRequiredFieldsAtSubmission() {
    ValidationReport report = VI.validate(Profile.empty(), Stage.SUBMISSION);

    assertThat(report.codes()).containsExactly("required");
    assertThat(report.violations()).extracting(Violation::path).contains(
        "identity.fullName", "identity.birthDate", "identity.sex", "identity.citizenId",
        "employment.employeeType", "salary.rankCode", "salary.coefficient",
        "workHistory.entries", "family.ownSide", "healthAndPolicy.heightCm");
    assertThat(report.violations()).allMatch(v -> v.severity() == Severity.ERROR);
  }

  static Stream<Arguments> brokenValues() {
    return Stream.of(
        Arguments.of("identity.citizenId", "0381850112345", "citizenId.format", "25"),
        Arguments.of("identity.citizenId", "03818501123A", "citizenId.format", "25"),
        Arguments.of("identity.citizenId", "003185011234", "citizenId.provinceUnknown", "25"),
        Arguments.of("identity.citizenId", "038085011234", "citizenId.sexMismatch", "25"),
        Arguments.of("identity.citizenId", "038186011234", "citizenId.birthYearMismatch", "25"),
        Arguments.of("identity.fullName", "Bùi Thị Thủy 2", "name.invalidCharacters", "1"),
        Arguments.of("identity.fullName", "Bùi Thị\u0007 Thủy", "name.invalidCharacters", "1"),
        Arguments.of("family.ownSide[0].fullName", "Bùi Văn @Hùng", "name.invalidCharacters",
            "30a"),
        Arguments.of("identity.birthDate", "1985-02-30", "date.invalid", "3"),
        Arguments.of("identity.birthDate", "1985-02-29", "date.invalid", "3"),
        Arguments.of("identity.birthDate", "15/05/1985", "date.invalid", "3"),
        Arguments.of("awardsAndDiscipline.awards[0].year", "2020-05", "date.invalid", "21"),
        Arguments.of("identity.citizenIdIssueDate", "2027-01-01", "date.future", "25"),
        Arguments.of("employment.recruitmentDate", "2026-12-02", "date.future", "11"),
        Arguments.of("workHistory.entries[0].from", "1984-12", "date.beforeBirth", "28"),
        Arguments.of("qualifications.training[0].to", "2003-08", "period.endBeforeStart", "27"),
        Arguments.of("workHistory.entries[0].to", "2006-01", "period.endBeforeStart", "28"),
        Arguments.of("identity.ethnicityCode", "99", "catalog.unknownCode", "6"),
        Arguments.of("salary.rankCode", "01.999", "catalog.unknownCode", "14"),
        Arguments.of("healthAndPolicy.bloodGroup", "C", "catalog.unknownCode", "23"),
        Arguments.of("salary.step", 10, "salary.stepOutOfRange", "14"),
        Arguments.of("salary.step", 0, "salary.stepOutOfRange", "14"),
        Arguments.of("salary.coefficient", new BigDecimal("4.00"),
            "salary.coefficientNotOnScale", "14"),
        Arguments.of("salary.history[2].coefficient", new BigDecimal("3.10"),
            "salary.coefficientNotOnScale", "31"),
        Arguments.of("salary.history[3].from", "2014-03", "salary.historyNotChronological",
            "31"),
        Arguments.of("salary.step", 5, "salary.currentDiffersFromHistory", "14"),
        Arguments.of("partyAndMilitary.partyOfficialDate", "2010-01-01",
            "party.officialBeforeAdmission", "16"),
        Arguments.of("partyAndMilitary.partyOfficialDate", "2011-05-18",
            "party.probationTooShort", "16"),
        Arguments.of("partyAndMilitary.partyAdmissionDate", "2003-05-14",
            "party.admissionUnderage", "16"),
        Arguments.of("employment.recruitmentDate", "2003-05-14", "recruitment.underage", "11"),
        Arguments.of("family.ownSide[0].birthYear", "1975", "family.implausibleBirthYear",
            "30a"),
        Arguments.of("family.ownSide[3].birthYear", "1996", "family.implausibleBirthYear",
            "30a"),
        Arguments.of("healthAndPolicy.heightCm", 99, "health.outOfRange", "23"),
        Arguments.of("healthAndPolicy.heightCm", 251, "health.outOfRange", "23"),
        Arguments.of("healthAndPolicy.weightKg", new BigDecimal("29.9"), "health.outOfRange",
            "23"),
        Arguments.of("healthAndPolicy.weightKg", new BigDecimal("250.5"), "health.outOfRange",
            "23"),
        Arguments.of("salary.socialInsuranceNumber", "010901234", "socialInsurance.format",
            "26"),
        Arguments.of("salary.socialInsuranceNumber", "01090123456", "socialInsurance.format",
            "26"),
        Arguments.of("employment.currentPosition", "x".repeat(301), "text.tooLong", "12"),
        Arguments.of("employment.strengths", "Văn\u200Bthư", "text.invalidCharacters", "20"));
  }

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @MethodSource("brokenValues")
  void brokenValue_raisesItsCode(String path, Object value, String code, String item) {
    ValidationReport report = VI.validate(ProfilePatch.set(thuy(), path, value),
        Stage.SUBMISSION);

    assertThat(report.violations()).filteredOn(v -> v.code().equals(code))
        .extracting(Violation::path, Violation::item)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, item));
  }

  @Test
  void photo_base64Data_isValid() {
    Profile profile = ProfilePatch.set(thuy(), "identity.photo",
        new Photo("image/png", "iVBORw0KGgo+/A=="));

    assertThat(VI.validate(profile, Stage.SUBMISSION).violations()).isEmpty();
  }

  @Test
  void photo_dataOutsideBase64_isInvalid() {
    Profile profile = ProfilePatch.set(thuy(), "identity.photo",
        new Photo("image/png", "iVBORw0KGgo-A=="));

    ValidationReport report = VI.validate(profile, Stage.SUBMISSION);

    assertThat(report.codes()).containsExactly("photo.invalid");
    assertThat(report.violations().get(0).path()).isEqualTo("identity.photo.data");
    assertThat(report.violations().get(0).item()).isEqualTo("H5");
  }

  @Test
  void photo_otherMediaType_isInvalid() {
    Profile profile = ProfilePatch.set(thuy(), "identity.photo",
        new Photo("image/gif", "R0lGODlh"));

    ValidationReport report = VI.validate(profile, Stage.SUBMISSION);

    assertThat(report.codes()).containsExactly("photo.invalid");
    assertThat(report.violations().get(0).path()).isEqualTo("identity.photo.mediaType");
  }

  @Test
  void warnings_doNotBlockSubmission() {
    Profile profile = ProfilePatch.set(thuy(), "identity.citizenId", "038085011234");

    ValidationReport report = VI.validate(profile, Stage.SUBMISSION);

    assertThat(report.codes()).containsExactly("citizenId.sexMismatch");
    assertThat(report.violations().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void severityOverride_raisesWarningToError() {
    ProfileValidator strict = ProfileValidator.builder().clock(CLOCK)
        .severity("citizenId.provinceUnknown", Severity.ERROR).build();
    Profile profile = ProfilePatch.set(thuy(), "identity.citizenId", "003185011234");

    assertThat(strict.validate(profile, Stage.SUBMISSION).hasErrors()).isTrue();
  }

  @Test
  void recruitment_onEighteenthBirthday_isAdult() {
    Profile profile = ProfilePatch.set(thuy(), "employment.recruitmentDate", "2003-05-15");

    assertThat(VI.validate(profile, Stage.SUBMISSION).codes())
        .doesNotContain("recruitment.underage");
  }

  @Test
  void recruitment_dayBeforeEighteenthBirthday_isUnderage() {
    Profile profile = ProfilePatch.set(thuy(), "employment.recruitmentDate", "2003-05-14");

    assertThat(VI.validate(profile, Stage.SUBMISSION).codes())
        .contains("recruitment.underage");
  }

  @Test
  void partyOfficial_twelveMonthsAfterAdmission_isEnough() {
    Profile profile = ProfilePatch.set(thuy(), "partyAndMilitary.partyOfficialDate",
        "2011-05-19");

    assertThat(VI.validate(profile, Stage.SUBMISSION).violations()).isEmpty();
  }

  @Test
  void yearOnlyRecruitment_isUnderageOnlyWhenCertain() {
    Profile sameYear = ProfilePatch.set(thuy(), "employment.recruitmentDate", "2003");
    Profile yearBefore = ProfilePatch.set(thuy(), "employment.recruitmentDate", "2002");

    assertThat(VI.validate(sameYear, Stage.SUBMISSION).codes())
        .doesNotContain("recruitment.underage");
    assertThat(VI.validate(yearBefore, Stage.SUBMISSION).codes())
        .contains("recruitment.underage");
  }

  @Test
  void dischargeBeforeEnlistment_isError() {
    Profile profile = ProfilePatch.set(ProfilePatch.set(thuy(),
        "partyAndMilitary.enlistmentDate", "2005-02-01"),
        "partyAndMilitary.dischargeDate", "2004-12-01");

    ValidationReport report = VI.validate(profile, Stage.SUBMISSION);

    assertThat(report.codes()).containsExactly("military.dischargeBeforeEnlistment");
    assertThat(report.violations().get(0).path()).isEqualTo("partyAndMilitary.dischargeDate");
    assertThat(report.violations().get(0).section()).isEqualTo(Section.X);
    assertThat(report.violations().get(0).item()).isEqualTo("18");
  }

  @Test
  void disciplineForm_isCheckedAgainstDecisionDate() {
    Profile old = ProfilePatch.set(thuy(), "awardsAndDiscipline.disciplines",
        List.of(new Discipline("HA_BAC_LUONG", "2019-06-10", "UBND quận", "Vi phạm")));
    Profile abolished = ProfilePatch.set(thuy(), "awardsAndDiscipline.disciplines",
        List.of(new Discipline("HA_BAC_LUONG", "2025-09-10", "UBND phường", "Vi phạm")));

    assertThat(VI.validate(old, Stage.SUBMISSION).violations()).isEmpty();
    ValidationReport report = VI.validate(abolished, Stage.SUBMISSION);
    assertThat(report.codes()).containsExactly("discipline.formNotValidOnDate");
    assertThat(report.violations().get(0).path())
        .isEqualTo("awardsAndDiscipline.disciplines[0].formCode");
  }

  @Test
  void sameRuleOnTwoFields_isReportedTwice() {
    Profile profile = ProfilePatch.set(ProfilePatch.set(thuy(), "salary.coefficient",
        new BigDecimal("4.10")), "salary.history[5].coefficient", new BigDecimal("4.10"));

    ValidationReport report = VI.validate(profile, Stage.SUBMISSION);

    assertThat(report.violations()).extracting(Violation::path)
        .containsExactly("salary.coefficient", "salary.history[5].coefficient");
    assertThat(report.codes()).containsExactly("salary.coefficientNotOnScale");
  }

  @Test
  void message_namesFieldMasksIdAndSaysWhatToDo() {
    Profile profile = ProfilePatch.set(thuy(), "identity.citizenId", "0381850112345");

    Violation vi = VI.validate(profile, Stage.SUBMISSION).violations().get(0);
    Violation en = EN.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(vi.message()).isEqualTo("Số định danh cá nhân (CCCD) \"038******2345\" không hợp "
        + "lệ: số định danh gồm đúng 12 chữ số 0–9, không có dấu cách hay ký tự khác; hãy chép "
        + "lại số từ thẻ căn cước.");
    assertThat(en.message()).isEqualTo("Citizen ID (CCCD) \"038******2345\" is invalid: a "
        + "citizen ID is exactly 12 digits 0-9 with no spaces or other characters; copy the "
        + "number from the ID card.");
    assertThat(en.section()).isEqualTo(Section.I);
  }

  @Test
  void message_masksIdInsideLongerNumber() {
    Profile former = ProfilePatch.set(thuy(), "identity.formerIdNumber", "0381850112345");
    Profile elsewhere = ProfilePatch.set(thuy(), "residence.phone", "tel 0381850112345678");

    String formerMessage = EN.validate(former, Stage.SUBMISSION).violations().get(0).message();
    String phoneMessage = EN.validate(elsewhere, Stage.SUBMISSION).violations().get(0)
        .message();

    assertThat(formerMessage).contains("\"038******2345\"").doesNotContain("038185011234");
    assertThat(phoneMessage).contains("tel 038*********5678").doesNotContain("038185011234");
  }

  @Test
  void message_ofScaleRule_givesExpectedCoefficient() {
    Profile profile = ProfilePatch.set(thuy(), "salary.history[2].coefficient",
        new BigDecimal("3.10"));

    Violation violation = EN.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.code()).isEqualTo("salary.coefficientNotOnScale");
    assertThat(violation.message()).isEqualTo("Coefficient (salary history) 3.10 differs from "
        + "the coefficient 3.00 of step 3 of salary type A1 (rank 01.003); enter the "
        + "coefficient from the salary scale.");
  }

  @Test
  void message_ofFutureDate_givesToday() {
    Profile profile = ProfilePatch.set(thuy(), "identity.citizenIdIssueDate", "2027-01-01");

    Violation violation = EN.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.message()).isEqualTo("Citizen ID issue date \"2027-01-01\" is after "
        + "today (2026-12-01); check the day, month and year.");
  }

  @Test
  void message_ofSexMismatch_namesSexInLanguage() {
    Profile profile = ProfilePatch.set(thuy(), "identity.sex", Sex.MALE);

    Violation violation = VI.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.message()).isEqualTo("Số định danh cá nhân (CCCD): chữ số thứ tư của "
        + "số định danh chỉ giới tính khác với giới tính đã khai (nam); hãy kiểm tra số định danh "
        + "hoặc giới tính.");
  }

  @Test
  void message_ofIdRules_revealsNoDigitsBeyondTheMask() {
    Profile profile = ProfilePatch.set(thuy(), "identity.birthDate", "1986-05-15");

    Violation violation = EN.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.code()).isEqualTo("citizenId.birthYearMismatch");
    assertThat(violation.message()).doesNotContain("1985").doesNotContain("185");
  }

  @Test
  void message_ofSmallCatalogue_listsItsCodes() {
    Profile profile = ProfilePatch.set(thuy(), "healthAndPolicy.bloodGroup", "C");

    Violation violation = EN.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.message()).isEqualTo("Blood group \"C\" is not in the blood group "
        + "catalogue; choose one of the codes A, B, AB, O.");
  }

  @Test
  void message_ofLargeCatalogue_namesItInLanguage() {
    Profile profile = ProfilePatch.set(thuy(), "identity.ethnicityCode", "99");

    Violation violation = VI.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.message()).isEqualTo("Dân tộc \"99\" không có trong danh mục dân tộc; "
        + "hãy chọn một mã có trong danh mục.");
  }

  @Test
  void message_ofYearOnlyField_asksForYear() {
    Profile profile = ProfilePatch.set(thuy(), "family.ownSide[0].birthYear", "19x1");

    Violation violation = EN.validate(profile, Stage.SUBMISSION).violations().get(0);

    assertThat(violation.message()).isEqualTo("Relative's year of birth \"19x1\" is not a "
        + "valid year; write the year as four digits, from 1000 to 9999.");
  }

  @Test
  void misdecodedText_isWarnedNotRepaired() {
    Profile tcvn = ProfilePatch.set(thuy(), "identity.placeOfBirth", "X· Ho»ng Léc, Thanh Hãa");
    Profile utf8AsLatin1 = ProfilePatch.set(thuy(), "residence.currentResidence", "PhÆ°á»ng");

    ValidationReport first = VI.validate(tcvn, Stage.SUBMISSION);
    ValidationReport second = VI.validate(utf8AsLatin1, Stage.SUBMISSION);

    assertThat(first.codes()).containsExactly("text.encodingSuspect");
    assertThat(first.violations().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(first.profile().identity().placeOfBirth()).isEqualTo("X· Ho»ng Léc, Thanh Hãa");
    assertThat(second.codes()).containsExactly("text.encodingSuspect");
  }

  @Test
  void decomposedAndPaddedText_validatesLikeComposed() {
    String nfd = java.text.Normalizer.normalize("  Bùi\u00A0Thị   Thủy ",
        java.text.Normalizer.Form.NFD);
    Profile profile = ProfilePatch.set(thuy(), "identity.fullName", nfd);

    ValidationReport report = VI.validate(profile, Stage.SUBMISSION);

    assertThat(report.violations()).isEmpty();
    assertThat(report.profile().identity().fullName()).isEqualTo("Bùi Thị Thủy");
  }
}
