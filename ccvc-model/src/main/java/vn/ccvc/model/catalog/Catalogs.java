package vn.ccvc.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.SalaryStep;

/**
 * The catalogues a profile's codes are checked against: provinces, ethnic groups, religions,
 * ranks and the salary scale, base salaries, and the code lists of the form's items.
 *
 * <p>Each catalogue is a UTF-8 CSV file with a header row. {@link #defaults()} reads the files
 * bundled in this package; a host replaces any of them without a code change by putting a file
 * of the same name in a directory and calling {@link #load(Path)}, or in code through
 * {@link #builder()}. {@link #fileNames()} lists the names. The layout of each file is described
 * on the class that reads it ({@link CodeList}, {@link ProvinceCatalog}, {@link RankCatalog},
 * {@link SalaryScale}, {@link BaseSalaryTable}), and a README.md beside the bundled files names
 * the sources of their content.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Catalogs {

  /** Error code of a catalogue file that is not valid CSV or has an invalid row. */
  public static final String MALFORMED_CODE = "catalog.malformed";

  /** Error code of a catalogue entry built in code with an invalid value. */
  public static final String INVALID_CODE = "catalog.invalid";

  /** Error code of a file in a catalogue directory whose name is not a catalogue's. */
  public static final String UNKNOWN_FILE_CODE = "catalog.unknownFile";

  /** Error code of a catalogue file or directory that cannot be read. */
  public static final String IO_CODE = "catalog.io";

  /** Error code of catalogues that disagree, such as a rank's type missing from the scale. */
  public static final String INCONSISTENT_CODE = "catalog.inconsistent";

  /** Validation code of a code that is not in its catalogue. */
  public static final String UNKNOWN_CODE = "catalog.unknownCode";

  /** Validation code of a salary step outside the steps of the rank's salary type. */
  public static final String STEP_OUT_OF_RANGE_CODE = "salary.stepOutOfRange";

  private static final Logger LOG = LoggerFactory.getLogger(Catalogs.class);

  private static volatile @Nullable Catalogs bundled;

  private final ProvinceCatalog provinces;
  private final CodeList ethnicGroups;
  private final CodeList religions;
  private final RankCatalog ranks;
  private final SalaryScale salaryScale;
  private final BaseSalaryTable baseSalaries;
  private final CodeList educationLevels;
  private final CodeList politicalTheoryLevels;
  private final CodeList stateManagementLevels;
  private final CodeList trainingModes;
  private final CodeList awardForms;
  private final CodeList disciplineForms;
  private final CodeList bloodGroups;
  private final CodeList familyRelations;
  private final CodeList yearlyRatings;

  private Catalogs(Builder b) {
    this.provinces = required(b.provinces, CatalogFile.PROVINCES);
    this.ethnicGroups = required(b.ethnicGroups, CatalogFile.ETHNIC_GROUPS);
    this.religions = required(b.religions, CatalogFile.RELIGIONS);
    this.ranks = required(b.ranks, CatalogFile.RANKS);
    this.salaryScale = required(b.salaryScale, CatalogFile.SALARY_SCALE);
    this.baseSalaries = required(b.baseSalaries, CatalogFile.BASE_SALARIES);
    this.educationLevels = required(b.educationLevels, CatalogFile.EDUCATION_LEVELS);
    this.politicalTheoryLevels =
        required(b.politicalTheoryLevels, CatalogFile.POLITICAL_THEORY_LEVELS);
    this.stateManagementLevels =
        required(b.stateManagementLevels, CatalogFile.STATE_MANAGEMENT_LEVELS);
    this.trainingModes = required(b.trainingModes, CatalogFile.TRAINING_MODES);
    this.awardForms = required(b.awardForms, CatalogFile.AWARD_FORMS);
    this.disciplineForms = required(b.disciplineForms, CatalogFile.DISCIPLINE_FORMS);
    this.bloodGroups = required(b.bloodGroups, CatalogFile.BLOOD_GROUPS);
    this.familyRelations = required(b.familyRelations, CatalogFile.FAMILY_RELATIONS);
    this.yearlyRatings = required(b.yearlyRatings, CatalogFile.YEARLY_RATINGS);
    checkRanksAgainstScale();
  }

  /**
   * Returns the catalogues bundled with the SDK. They are read once, on first use, and shared.
   *
   * @throws CcvcException if a bundled file cannot be read, which means the jar is damaged
   */
  public static Catalogs defaults() {
    Catalogs result = bundled;
    if (result == null) {
      synchronized (Catalogs.class) {
        result = bundled;
        if (result == null) {
          result = readBundled();
          bundled = result;
        }
      }
    }
    return result;
  }

  /**
   * Returns the bundled catalogues with each one whose file is in {@code directory} replaced by
   * that file. Files whose names start with a dot are skipped. Every other entry must be named
   * as one of {@link #fileNames()}, so a misspelt file is not silently ignored.
   *
   * @throws CcvcException with code {@value #UNKNOWN_FILE_CODE} if the directory contains a file
   *     with another name, {@value #MALFORMED_CODE} if a file is not valid CSV or has an invalid
   *     row (the message names the file and the line), {@value #INCONSISTENT_CODE} if a rank's
   *     salary type is not on the salary scale, or {@value #IO_CODE} if the directory or a file
   *     cannot be read
   */
  public static Catalogs load(Path directory) {
    Objects.requireNonNull(directory, "directory");
    Builder builder = defaults().toBuilder();
    List<String> replaced = new ArrayList<>();
    for (Path file : listFiles(directory)) {
      String fileName = file.getFileName().toString();
      CatalogFile catalog = CatalogFile.byFileName(fileName)
          .orElseThrow(() -> unknownFile(directory, fileName));
      readFile(file, catalog, builder);
      replaced.add(fileName);
    }
    Catalogs catalogs = builder.build();
    LOG.debug("Loaded catalogues from {}, replacing {}", directory, replaced);
    return catalogs;
  }

  /** Returns a builder that starts from {@link #defaults()}. */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /** Returns a builder that starts from these catalogues. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the names of the catalogue files, sorted, such as {@code religions.csv}. */
  public static List<String> fileNames() {
    return CatalogFile.fileNames();
  }

  /** Returns the 63 provinces of the citizen-ID table and the provinces they belong to now. */
  public ProvinceCatalog provinces() {
    return provinces;
  }

  /**
   * Returns the ethnic groups (item 6), coded by the 1979 list 121-TCTK/PPCĐ: 01–54 and 55 for
   * a foreigner. {@link CodeList#codeSystem()} names the list.
   */
  public CodeList ethnicGroups() {
    return ethnicGroups;
  }

  /**
   * Returns the religions (item 7): the statistics-office codes 01–14, two recognised religions
   * without an official code, and {@code 00} for none.
   */
  public CodeList religions() {
    return religions;
  }

  /** Returns the ranks and professional titles with their salary types (item 14). */
  public RankCatalog ranks() {
    return ranks;
  }

  /** Returns the salary scale: the coefficient of each step of each salary type. */
  public SalaryScale salaryScale() {
    return salaryScale;
  }

  /** Returns the base salary amounts and the dates they took effect. */
  public BaseSalaryTable baseSalaries() {
    return baseSalaries;
  }

  /** Returns the highest professional levels of item 15.2, such as {@code DH} and {@code THS}. */
  public CodeList educationLevels() {
    return educationLevels;
  }

  /** Returns the political-theory levels of item 15.3: cử nhân, cao cấp, trung cấp, sơ cấp. */
  public CodeList politicalTheoryLevels() {
    return politicalTheoryLevels;
  }

  /** Returns the state-management levels of item 15.4, chuyên viên cao cấp to cán sự. */
  public CodeList stateManagementLevels() {
    return stateManagementLevels;
  }

  /** Returns the training modes of table 27, such as chính quy and tại chức. */
  public CodeList trainingModes() {
    return trainingModes;
  }

  /** Returns the forms of award of item 21: orders, medals, titles, certificates of merit. */
  public CodeList awardForms() {
    return awardForms;
  }

  /**
   * Returns the discipline forms of item 22, with validity dates: hạ bậc lương and giáng chức
   * end on 30 June 2025, when Decree 172/2025/NĐ-CP took effect. Check a form with
   * {@link CodeList#isValidOn(String, LocalDate)} on the decision's date.
   */
  public CodeList disciplineForms() {
    return disciplineForms;
  }

  /** Returns the blood groups of item 23: A, B, AB and O. */
  public CodeList bloodGroups() {
    return bloodGroups;
  }

  /**
   * Returns the family relations of tables 30a and 30b. Codes that end in {@code _VO} or
   * {@code _CHONG} are the spouse's relatives and belong in table 30b.
   */
  public CodeList familyRelations() {
    return familyRelations;
  }

  /** Returns the yearly ratings, from hoàn thành xuất sắc to không hoàn thành nhiệm vụ. */
  public CodeList yearlyRatings() {
    return yearlyRatings;
  }

  /**
   * Returns the salary step of a rank with its current salary type.
   *
   * @param rankCode the rank or title code, such as {@code 01.003}
   * @param step the step, from 1
   * @throws InvalidValueException with code {@value #UNKNOWN_CODE} if the rank is not in the
   *     catalogue, or {@value #STEP_OUT_OF_RANGE_CODE} if the step is outside the salary type's
   *     steps
   */
  public SalaryStep salaryStep(String rankCode, int step) {
    Rank rank = requireRank(rankCode);
    return stepOf(rank, rank.salaryType(), step);
  }

  /**
   * Returns the salary step of a rank with the salary type in force on {@code date}, for a
   * salary history entry written before the rank was reclassified.
   *
   * @throws InvalidValueException with code {@value #UNKNOWN_CODE} if the rank is not in the
   *     catalogue, or {@value #STEP_OUT_OF_RANGE_CODE} if the step is outside that type's steps
   */
  public SalaryStep salaryStep(String rankCode, int step, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Rank rank = requireRank(rankCode);
    return stepOf(rank, rank.salaryTypeOn(date), step);
  }

  /** Returns the catalogue sizes, for diagnostics. */
  @Override
  public String toString() {
    return "Catalogs[" + provinces + ", " + ranks + ", " + salaryScale + ", " + baseSalaries
        + ", " + ethnicGroups + ", " + religions + "]";
  }

  private Rank requireRank(String rankCode) {
    Objects.requireNonNull(rankCode, "rankCode");
    return ranks.find(rankCode).orElseThrow(() -> new InvalidValueException(UNKNOWN_CODE,
        "Rank code '" + rankCode + "' is not in the rank catalogue; check the code on the "
            + "appointment decision, or add the rank to ranks.csv."));
  }

  private SalaryStep stepOf(Rank rank, String type, int step) {
    int maxStep = salaryScale.maxStep(type).orElseThrow();
    if (step < 1 || step > maxStep) {
      throw new InvalidValueException(STEP_OUT_OF_RANGE_CODE, "Step " + step
          + " is outside salary type " + type + " of rank " + rank.code() + " (" + rank.name()
          + "), whose steps run from 1 to " + maxStep + "; enter a step from 1 to " + maxStep
          + ", and record pay beyond the last step as a percentage beyond the frame.");
    }
    BigDecimal coefficient = salaryScale.coefficient(type, step).orElseThrow();
    return new SalaryStep(rank.code(), type, step, coefficient);
  }

  private void checkRanksAgainstScale() {
    for (Rank rank : ranks.all()) {
      for (String type : rank.salaryTypes()) {
        if (!salaryScale.hasType(type)) {
          throw new CcvcException(INCONSISTENT_CODE, "Rank " + rank.code() + " ("
              + rank.name() + ") has salary type '" + type + "', which the salary scale does "
              + "not have; add the type to salary-scale.csv or correct ranks.csv.");
        }
      }
    }
  }

  private static <T> T required(@Nullable T catalogue, CatalogFile file) {
    if (catalogue == null) {
      throw new IllegalStateException("No catalogue was set for " + file.fileName());
    }
    return catalogue;
  }

  private static List<Path> listFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new CcvcException(IO_CODE, "Catalogue directory '" + directory
          + "' does not exist or is not a directory; create it or pass another path.");
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new CcvcException(IO_CODE, "Listing catalogue directory '" + directory
          + "' failed: " + e.getMessage(), e);
    }
  }

  private static CcvcException unknownFile(Path directory, String fileName) {
    return new CcvcException(UNKNOWN_FILE_CODE, "Catalogue directory '" + directory
        + "' contains '" + fileName + "', which is not a catalogue file name; rename or remove "
        + "it. "
        + "Known names: " + String.join(", ", fileNames()) + ".");
  }

  private static void readFile(Path file, CatalogFile catalog, Builder builder) {
    if (!Files.isRegularFile(file)) {
      throw new CcvcException(IO_CODE, "Catalogue file '" + file
          + "' is not a regular file; replace it with a CSV file.");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      catalog.load(builder, file.toString(), reader);
    } catch (IOException e) {
      throw new CcvcException(IO_CODE,
          "Reading catalogue file '" + file + "' failed: " + e.getMessage(), e);
    }
  }

  private static Catalogs readBundled() {
    Builder builder = new Builder();
    for (CatalogFile catalog : CatalogFile.values()) {
      String source = "bundled " + catalog.fileName();
      try (InputStream in = Catalogs.class.getResourceAsStream(catalog.fileName())) {
        if (in == null) {
          throw new CcvcException(IO_CODE, "The SDK's " + source
              + " is missing from the jar; reinstall the ccvc-model jar.");
        }
        catalog.load(builder, source,
            new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
      } catch (IOException e) {
        throw new CcvcException(IO_CODE, "Reading " + source + " failed: " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  /**
   * Builder of {@link Catalogs}, with one setter per catalogue. Not thread-safe; the built
   * object is.
   */
  public static final class Builder {
    private @Nullable ProvinceCatalog provinces;
    private @Nullable CodeList ethnicGroups;
    private @Nullable CodeList religions;
    private @Nullable RankCatalog ranks;
    private @Nullable SalaryScale salaryScale;
    private @Nullable BaseSalaryTable baseSalaries;
    private @Nullable CodeList educationLevels;
    private @Nullable CodeList politicalTheoryLevels;
    private @Nullable CodeList stateManagementLevels;
    private @Nullable CodeList trainingModes;
    private @Nullable CodeList awardForms;
    private @Nullable CodeList disciplineForms;
    private @Nullable CodeList bloodGroups;
    private @Nullable CodeList familyRelations;
    private @Nullable CodeList yearlyRatings;

    private Builder() {}

    private Builder(Catalogs from) {
      provinces = from.provinces;
      ethnicGroups = from.ethnicGroups;
      religions = from.religions;
      ranks = from.ranks;
      salaryScale = from.salaryScale;
      baseSalaries = from.baseSalaries;
      educationLevels = from.educationLevels;
      politicalTheoryLevels = from.politicalTheoryLevels;
      stateManagementLevels = from.stateManagementLevels;
      trainingModes = from.trainingModes;
      awardForms = from.awardForms;
      disciplineForms = from.disciplineForms;
      bloodGroups = from.bloodGroups;
      familyRelations = from.familyRelations;
      yearlyRatings = from.yearlyRatings;
    }

    /** Sets the provinces of the citizen-ID table. */
    public Builder provinces(ProvinceCatalog provinces) {
      this.provinces = Objects.requireNonNull(provinces, "provinces");
      return this;
    }

    /** Sets the ethnic groups. */
    public Builder ethnicGroups(CodeList ethnicGroups) {
      this.ethnicGroups = Objects.requireNonNull(ethnicGroups, "ethnicGroups");
      return this;
    }

    /** Sets the religions. */
    public Builder religions(CodeList religions) {
      this.religions = Objects.requireNonNull(religions, "religions");
      return this;
    }

    /** Sets the ranks; {@link #build()} checks their salary types against the scale. */
    public Builder ranks(RankCatalog ranks) {
      this.ranks = Objects.requireNonNull(ranks, "ranks");
      return this;
    }

    /** Sets the salary scale; {@link #build()} checks that it has every rank's types. */
    public Builder salaryScale(SalaryScale salaryScale) {
      this.salaryScale = Objects.requireNonNull(salaryScale, "salaryScale");
      return this;
    }

    /** Sets the base salary amounts. */
    public Builder baseSalaries(BaseSalaryTable baseSalaries) {
      this.baseSalaries = Objects.requireNonNull(baseSalaries, "baseSalaries");
      return this;
    }

    /** Sets the professional levels of item 15.2. */
    public Builder educationLevels(CodeList educationLevels) {
      this.educationLevels = Objects.requireNonNull(educationLevels, "educationLevels");
      return this;
    }

    /** Sets the political-theory levels of item 15.3. */
    public Builder politicalTheoryLevels(CodeList politicalTheoryLevels) {
      this.politicalTheoryLevels =
          Objects.requireNonNull(politicalTheoryLevels, "politicalTheoryLevels");
      return this;
    }

    /** Sets the state-management levels of item 15.4. */
    public Builder stateManagementLevels(CodeList stateManagementLevels) {
      this.stateManagementLevels =
          Objects.requireNonNull(stateManagementLevels, "stateManagementLevels");
      return this;
    }

    /** Sets the training modes of table 27. */
    public Builder trainingModes(CodeList trainingModes) {
      this.trainingModes = Objects.requireNonNull(trainingModes, "trainingModes");
      return this;
    }

    /** Sets the forms of award of item 21. */
    public Builder awardForms(CodeList awardForms) {
      this.awardForms = Objects.requireNonNull(awardForms, "awardForms");
      return this;
    }

    /** Sets the discipline forms of item 22. */
    public Builder disciplineForms(CodeList disciplineForms) {
      this.disciplineForms = Objects.requireNonNull(disciplineForms, "disciplineForms");
      return this;
    }

    /** Sets the blood groups of item 23. */
    public Builder bloodGroups(CodeList bloodGroups) {
      this.bloodGroups = Objects.requireNonNull(bloodGroups, "bloodGroups");
      return this;
    }

    /** Sets the family relations of tables 30a and 30b. */
    public Builder familyRelations(CodeList familyRelations) {
      this.familyRelations = Objects.requireNonNull(familyRelations, "familyRelations");
      return this;
    }

    /** Sets the yearly ratings. */
    public Builder yearlyRatings(CodeList yearlyRatings) {
      this.yearlyRatings = Objects.requireNonNull(yearlyRatings, "yearlyRatings");
      return this;
    }

    /**
     * Builds the catalogues.
     *
     * @throws CcvcException with code {@value Catalogs#INCONSISTENT_CODE} if a rank has a
     *     salary type, current or former, that the salary scale does not have
     */
    public Catalogs build() {
      return new Catalogs(this);
    }
  }
}
