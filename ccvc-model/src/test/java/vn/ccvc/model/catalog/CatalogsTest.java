package vn.ccvc.model.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.SalaryStep;

class CatalogsTest {

  private static final Catalogs DEFAULTS = Catalogs.defaults();

  @TempDir
  Path dir;

  @Test
  void defaults_sameInstance() {
    assertThat(Catalogs.defaults()).isSameAs(DEFAULTS);
  }

  @Test
  void defaults_catalogueSizes() {
    assertThat(DEFAULTS.provinces().all()).hasSize(63);
    assertThat(DEFAULTS.provinces().currentNames()).hasSize(34);
    assertThat(DEFAULTS.ethnicGroups().entries()).hasSize(55);
    assertThat(DEFAULTS.religions().entries()).hasSize(17);
    assertThat(DEFAULTS.ranks().all()).hasSize(87);
    assertThat(DEFAULTS.salaryScale().types())
        .containsExactly("A3.1", "A3.2", "A2.1", "A2.2", "A1", "A0", "B", "C1", "C2", "C3");
    assertThat(DEFAULTS.baseSalaries().all()).hasSize(16);
    assertThat(DEFAULTS.bloodGroups().entries()).extracting(CodeEntry::code)
        .containsExactly("A", "B", "AB", "O");
    assertThat(DEFAULTS.yearlyRatings().entries()).extracting(CodeEntry::code)
        .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
    assertThat(DEFAULTS.politicalTheoryLevels().entries()).extracting(CodeEntry::code)
        .containsExactly("CN", "CC", "TC", "SC");
    assertThat(DEFAULTS.stateManagementLevels().entries()).extracting(CodeEntry::code)
        .containsExactly("CVCC", "CVC", "CV", "CS");
  }

  @Test
  void defaults_codeListsNamedAfterFiles() {
    assertThat(List.of(DEFAULTS.ethnicGroups(), DEFAULTS.religions(),
        DEFAULTS.educationLevels(), DEFAULTS.politicalTheoryLevels(),
        DEFAULTS.stateManagementLevels(), DEFAULTS.trainingModes(), DEFAULTS.awardForms(),
        DEFAULTS.disciplineForms(), DEFAULTS.bloodGroups(), DEFAULTS.familyRelations(),
        DEFAULTS.yearlyRatings()))
        .extracting(list -> list.name() + ".csv")
        .allSatisfy(name -> assertThat(Catalogs.fileNames()).contains(name));
  }

  @Test
  void fileNames_sorted() {
    assertThat(Catalogs.fileNames()).containsExactly("award-forms.csv", "base-salary.csv",
        "blood-groups.csv", "discipline-forms.csv", "education-levels.csv",
        "ethnic-groups.csv", "family-relations.csv", "political-theory-levels.csv",
        "provinces.csv", "ranks.csv", "religions.csv", "salary-scale.csv",
        "state-management-levels.csv", "training-modes.csv", "yearly-ratings.csv");
  }

  @Test
  void ethnicGroups_follow1979List() {
    CodeList groups = DEFAULTS.ethnicGroups();
    assertThat(groups.codeSystem()).contains("121-TCTK/PPCĐ (1979)");
    assertThat(groups.find("01").map(CodeEntry::name)).contains("Kinh");
    assertThat(groups.find("04").map(CodeEntry::name)).contains("Hoa");
    assertThat(groups.find("06").map(CodeEntry::name)).contains("Mường");
    assertThat(groups.find("54").map(CodeEntry::name)).contains("Rơ-măm");
    assertThat(groups.find("55").map(CodeEntry::nameEn)).contains("Foreigner");
  }

  @Test
  void religions_noneHasItsOwnCode() {
    CodeList religions = DEFAULTS.religions();
    assertThat(religions.find("00").map(CodeEntry::name)).contains("Không");
    assertThat(religions.find("13").map(CodeEntry::name)).contains("Bà-la-môn giáo");
    assertThat(religions.find("14").map(CodeEntry::name).orElseThrow()).contains("Mặc Môn");
    assertThat(religions.entries()).filteredOn(e -> e.name().equals("Không")).hasSize(1);
  }

  @Test
  void disciplineForms_dependOnDecisionDate() {
    CodeList forms = DEFAULTS.disciplineForms();
    LocalDate lastOldDay = LocalDate.of(2025, 6, 30);
    LocalDate firstNewDay = LocalDate.of(2025, 7, 1);
    assertThat(forms.isValidOn("HA_BAC_LUONG", lastOldDay)).isTrue();
    assertThat(forms.isValidOn("HA_BAC_LUONG", firstNewDay)).isFalse();
    assertThat(forms.isValidOn("GIANG_CHUC", lastOldDay)).isTrue();
    assertThat(forms.isValidOn("GIANG_CHUC", firstNewDay)).isFalse();
    assertThat(forms.isValidOn("KHIEN_TRACH", firstNewDay)).isTrue();
    assertThat(forms.isValidOn("UNKNOWN", lastOldDay)).isFalse();
  }

  @Test
  void disciplineForms_before2025() {
    assertThat(DEFAULTS.disciplineForms().entriesValidOn(LocalDate.of(2020, 1, 1)))
        .extracting(CodeEntry::code)
        .containsExactly("KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC",
            "BUOC_THOI_VIEC", "BAI_NHIEM");
  }

  @Test
  void disciplineForms_fromJuly2025() {
    assertThat(DEFAULTS.disciplineForms().entriesValidOn(LocalDate.of(2025, 7, 1)))
        .extracting(CodeEntry::code)
        .containsExactly("KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC", "BAI_NHIEM");
  }

  @Test
  void familyRelations_spouseSideCodes() {
    assertThat(DEFAULTS.familyRelations().entries()).extracting(CodeEntry::code)
        .contains("CHA", "ME", "VO", "CHONG", "CON", "ANH", "CHI", "EM", "CHA_VO", "ME_CHONG");
  }

  @Test
  void salaryStep_chuyenVienStep1() {
    SalaryStep step = DEFAULTS.salaryStep("01.003", 1);
    assertThat(step.rankCode()).isEqualTo("01.003");
    assertThat(step.salaryType()).isEqualTo("A1");
    assertThat(step.step()).isEqualTo(1);
    assertThat(step.coefficient()).isEqualByComparingTo("2.34");
  }

  @Test
  void salaryStep_lastStep() {
    assertThat(DEFAULTS.salaryStep("01.003", 9).coefficient()).isEqualByComparingTo("4.98");
  }

  @Test
  void salaryStep_step10OutOfRange() {
    CcvcException e = thrownBy(() -> DEFAULTS.salaryStep("01.003", 10));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("salary.stepOutOfRange");
    assertThat(e).hasMessage("Step 10 is outside salary type A1 of rank 01.003 (Chuyên viên), "
        + "whose steps run from 1 to 9; enter a step from 1 to 9, and record pay beyond the last "
        + "step as a percentage beyond the frame.");
  }

  @Test
  void salaryStep_step0OutOfRange() {
    CcvcException e = thrownBy(() -> DEFAULTS.salaryStep("01.003", 0));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("salary.stepOutOfRange");
  }

  @Test
  void salaryStep_unknownRank() {
    CcvcException e = thrownBy(() -> DEFAULTS.salaryStep("01.999", 1));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("catalog.unknownCode");
    assertThat(e).hasMessage("Rank code '01.999' is not in the rank catalogue; check the code on "
        + "the appointment decision, or add the rank to ranks.csv.");
  }

  @Test
  void salaryStep_onDateUsesTypeInForce() {
    SalaryStep before = DEFAULTS.salaryStep("06.032", 1, LocalDate.of(2020, 1, 1));
    SalaryStep after = DEFAULTS.salaryStep("06.032", 1, LocalDate.of(2023, 1, 1));
    assertThat(before.salaryType()).isEqualTo("B");
    assertThat(before.coefficient()).isEqualByComparingTo("1.86");
    assertThat(after.salaryType()).isEqualTo("A0");
    assertThat(after.coefficient()).isEqualByComparingTo("2.10");
  }

  @Test
  void salaryStep_formerTypeHasMoreSteps() {
    assertThat(DEFAULTS.salaryStep("06.032", 12, LocalDate.of(2020, 1, 1)).coefficient())
        .isEqualByComparingTo("4.06");
    CcvcException e = thrownBy(() -> DEFAULTS.salaryStep("06.032", 12));
    assertThat(e.code()).isEqualTo("salary.stepOutOfRange");
  }

  @Test
  void baseSalaries_onDate() {
    BaseSalaryTable table = DEFAULTS.baseSalaries();
    assertThat(table.on(LocalDate.of(2026, 7, 1)).map(BaseSalary::amountVnd))
        .contains(2_530_000L);
    assertThat(table.on(LocalDate.of(2026, 6, 30)).map(BaseSalary::amountVnd))
        .contains(2_340_000L);
    assertThat(table.on(LocalDate.of(2004, 10, 1)).map(BaseSalary::amountVnd))
        .contains(290_000L);
    assertThat(table.on(LocalDate.of(2004, 9, 30))).isEmpty();
  }

  @Test
  void load_replacesOnlyGivenFiles() throws IOException {
    write("religions.csv", "code,name\n00,Không\n01,Phật giáo\n");
    Catalogs catalogs = Catalogs.load(dir);
    assertThat(catalogs.religions().entries()).extracting(CodeEntry::code)
        .containsExactly("00", "01");
    assertThat(catalogs.ethnicGroups()).isSameAs(DEFAULTS.ethnicGroups());
    assertThat(catalogs.ranks()).isSameAs(DEFAULTS.ranks());
    assertThat(DEFAULTS.religions().entries()).hasSize(17);
  }

  @Test
  void load_emptyDirectoryGivesDefaults() {
    Catalogs catalogs = Catalogs.load(dir);
    assertThat(catalogs.provinces()).isSameAs(DEFAULTS.provinces());
    assertThat(catalogs.yearlyRatings()).isSameAs(DEFAULTS.yearlyRatings());
  }

  @Test
  void load_skipsHiddenFiles() throws IOException {
    write(".religions.csv.swp", "not csv \"");
    assertThat(Catalogs.load(dir).religions()).isSameAs(DEFAULTS.religions());
  }

  @Test
  void load_unknownFileName() throws IOException {
    write("religion.csv", "code,name\n00,Không\n");
    CcvcException e = thrownBy(() -> Catalogs.load(dir));
    assertThat(e.code()).isEqualTo("catalog.unknownFile");
    assertThat(e).hasMessage("Catalogue directory '" + dir + "' contains 'religion.csv', which is "
        + "not a catalogue file name; rename or remove it. Known names: award-forms.csv, "
        + "base-salary.csv, blood-groups.csv, discipline-forms.csv, education-levels.csv, "
        + "ethnic-groups.csv, family-relations.csv, political-theory-levels.csv, provinces.csv, "
        + "ranks.csv, religions.csv, salary-scale.csv, state-management-levels.csv, "
        + "training-modes.csv, yearly-ratings.csv.");
  }

  @Test
  void load_malformedFileNamesFileAndLine() throws IOException {
    Path file = write("blood-groups.csv", "code,name\nA,Nhóm máu A\nB,\"Nhóm máu B\n");
    CcvcException e = thrownBy(() -> Catalogs.load(dir));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file '" + file + "', line 3: a quoted value is not "
        + "closed; add the closing double quote.");
  }

  @Test
  void load_extraFieldNamesLine() throws IOException {
    Path file = write("blood-groups.csv", "code,name\nA,Nhóm máu A\nB,Nhóm máu B, Rh+\n");
    CcvcException e = thrownBy(() -> Catalogs.load(dir));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file '" + file + "', line 3: expected 2 fields as in the "
        + "header, found 3; enclose a value that contains a comma in double quotes.");
  }

  @Test
  void load_invalidUtf8() throws IOException {
    Path file = dir.resolve("blood-groups.csv");
    Files.write(file, new byte[] {'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', '\n', 'A', ',',
        (byte) 0xC3, '\n'});
    CcvcException e = thrownBy(() -> Catalogs.load(dir));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file '" + file + "' is not valid UTF-8; save it with the "
        + "UTF-8 encoding.");
  }

  @Test
  void load_rankTypeNotOnScale() throws IOException {
    write("ranks.csv", "code,name,salary_type\n01.003,Chuyên viên,A9\n");
    CcvcException e = thrownBy(() -> Catalogs.load(dir));
    assertThat(e.code()).isEqualTo("catalog.inconsistent");
    assertThat(e).hasMessage("Rank 01.003 (Chuyên viên) has salary type 'A9', which the salary "
        + "scale does not have; add the type to salary-scale.csv or correct ranks.csv.");
  }

  @Test
  void load_missingDirectory() {
    Path missing = dir.resolve("missing");
    CcvcException e = thrownBy(() -> Catalogs.load(missing));
    assertThat(e.code()).isEqualTo("catalog.io");
    assertThat(e).hasMessage("Catalogue directory '" + missing + "' does not exist or is not a "
        + "directory; create it or pass another path.");
  }

  @Test
  void load_subdirectoryWithCatalogueName() throws IOException {
    Files.createDirectory(dir.resolve("religions.csv"));
    CcvcException e = thrownBy(() -> Catalogs.load(dir));
    assertThat(e.code()).isEqualTo("catalog.io");
  }

  @Test
  void load_replacesRanksAndScaleTogether() throws IOException {
    write("salary-scale.csv", "type,step,coefficient\nX,1,1.00\nX,2,1.50\n");
    write("ranks.csv", "code,name,salary_type\n99.001,Thử nghiệm,X\n");
    Catalogs catalogs = Catalogs.load(dir);
    assertThat(catalogs.salaryStep("99.001", 2).coefficient()).isEqualByComparingTo("1.50");
  }

  @Test
  void builder_replacesOneCatalogue() {
    CodeList groups = CodeList.of("blood-groups", List.of(CodeEntry.of("O", "Nhóm máu O")));
    Catalogs catalogs = Catalogs.builder().bloodGroups(groups).build();
    assertThat(catalogs.bloodGroups()).isSameAs(groups);
    assertThat(catalogs.religions()).isSameAs(DEFAULTS.religions());
    assertThat(DEFAULTS.bloodGroups().entries()).hasSize(4);
  }

  @Test
  void toBuilder_keepsEveryCatalogue() {
    CodeList ratings = CodeList.of("yearly-ratings", List.of(CodeEntry.of("HTNV", "Hoàn thành")));
    Catalogs first = Catalogs.builder().yearlyRatings(ratings).build();
    Catalogs second = first.toBuilder().build();
    assertThat(second.yearlyRatings()).isSameAs(ratings);
    assertThat(second.provinces()).isSameAs(DEFAULTS.provinces());
  }

  @Test
  void builder_rankTypeNotOnScale() {
    SalaryScale scale = SalaryScale.of(java.util.Map.of("A1", List.of(new BigDecimal("2.34"))));
    CcvcException e = thrownBy(() -> Catalogs.builder().salaryScale(scale).build());
    assertThat(e.code()).isEqualTo("catalog.inconsistent");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }
}
