package vn.ccvc.model.catalog;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The catalogue files, each with the setter of {@link Catalogs.Builder} it fills. */
enum CatalogFile {
  PROVINCES("provinces.csv",
      (builder, source, reader) -> builder.provinces(ProvinceCatalog.readCsv(source, reader))),
  ETHNIC_GROUPS("ethnic-groups.csv",
      (builder, source, reader) -> builder.ethnicGroups(codeList("ethnic-groups", source,
          reader))),
  RELIGIONS("religions.csv",
      (builder, source, reader) -> builder.religions(codeList("religions", source, reader))),
  RANKS("ranks.csv",
      (builder, source, reader) -> builder.ranks(RankCatalog.readCsv(source, reader))),
  SALARY_SCALE("salary-scale.csv",
      (builder, source, reader) -> builder.salaryScale(SalaryScale.readCsv(source, reader))),
  BASE_SALARIES("base-salary.csv",
      (builder, source, reader) -> builder.baseSalaries(
          BaseSalaryTable.readCsv(source, reader))),
  EDUCATION_LEVELS("education-levels.csv",
      (builder, source, reader) -> builder.educationLevels(codeList("education-levels", source,
          reader))),
  POLITICAL_THEORY_LEVELS("political-theory-levels.csv",
      (builder, source, reader) -> builder.politicalTheoryLevels(
          codeList("political-theory-levels", source, reader))),
  STATE_MANAGEMENT_LEVELS("state-management-levels.csv",
      (builder, source, reader) -> builder.stateManagementLevels(
          codeList("state-management-levels", source, reader))),
  TRAINING_MODES("training-modes.csv",
      (builder, source, reader) -> builder.trainingModes(codeList("training-modes", source,
          reader))),
  AWARD_FORMS("award-forms.csv",
      (builder, source, reader) -> builder.awardForms(codeList("award-forms", source, reader))),
  DISCIPLINE_FORMS("discipline-forms.csv",
      (builder, source, reader) -> builder.disciplineForms(codeList("discipline-forms", source,
          reader))),
  BLOOD_GROUPS("blood-groups.csv",
      (builder, source, reader) -> builder.bloodGroups(codeList("blood-groups", source,
          reader))),
  FAMILY_RELATIONS("family-relations.csv",
      (builder, source, reader) -> builder.familyRelations(codeList("family-relations", source,
          reader))),
  YEARLY_RATINGS("yearly-ratings.csv",
      (builder, source, reader) -> builder.yearlyRatings(codeList("yearly-ratings", source,
          reader)));

  private final String fileName;
  private final Loader loader;

  CatalogFile(String fileName, Loader loader) {
    this.fileName = fileName;
    this.loader = loader;
  }

  /** Returns the file's name, such as {@code religions.csv}. */
  String fileName() {
    return fileName;
  }

  /** Reads the file and sets its catalogue on the builder. */
  void load(Catalogs.Builder builder, String source, Reader reader) {
    loader.load(builder, source, reader);
  }

  /** Returns the catalogue file with this exact name, or empty if there is none. */
  static Optional<CatalogFile> byFileName(String fileName) {
    return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
  }

  /** Returns every file name, sorted. */
  static List<String> fileNames() {
    return Arrays.stream(values()).map(CatalogFile::fileName).sorted().toList();
  }

  private static CodeList codeList(String name, String source, Reader reader) {
    return CodeList.readCsv(name, reader, source);
  }

  /** Reads one file into a builder. */
  @FunctionalInterface
  private interface Loader {
    void load(Catalogs.Builder builder, String source, Reader reader);
  }
}
