package vn.ccvc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;
import vn.ccvc.model.json.ProfileSource;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;

/**
 * {@code ccvc validate}: reads profiles from {@code .json} and {@code .jsonl} files and folders
 * of them, validates each for a stage and prints the violations. Exits with 0 when no profile
 * has an error, 1 when one has, and 2 when an input cannot be read or parsed. When several
 * apply, the highest status wins.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Validates civil-servant profiles against the rules of form 2C and prints every "
            + "violation with its section, item and field.",
        "FILE is a .json file (one profile), a .jsonl file (one profile a line), a folder of "
            + "them, or classpath:sample-unit and classpath:invalid-samples, the folders bundled "
            + "in ccvc. A folder is read with its subfolders; hidden files and folders (names "
            + "starting with '.') are skipped."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:no profile has an error (warnings may be present)",
        "1:at least one profile has an error",
        "2:a file cannot be read or parsed, or the command line is wrong",
        "3:internal error of the tool (run again with --debug and report it)"})
final class ValidateCommand implements Callable<Integer> {

  /** Time zone of the dates in a profile, which the validator compares with today. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The sample unit bundled in ccvc, validated by {@code --sample}. */
  static final String SAMPLE_UNIT = Inputs.CLASSPATH_PREFIX + "sample-unit";

  private final Checker.Factory checkers;

  @Spec
  private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Profile file or folder to validate.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--stage",
      paramLabel = "draft|submission",
      defaultValue = "submission",
      converter = Choices.StageConverter.class,
      description = "draft checks only the values present; submission also checks that the "
          + "profile is complete. Default: ${DEFAULT-VALUE}.")
  private Stage stage = Stage.SUBMISSION;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      converter = Choices.FormatConverter.class,
      description = "text for people; json for one JSON object a line and profile. "
          + "Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      defaultValue = "vi",
      converter = Choices.LanguageConverter.class,
      description = "Language of messages and labels. Default: ${DEFAULT-VALUE}.")
  private Language language = Language.VI;

  @Option(
      names = "--catalogs",
      paramLabel = "DIR",
      description = "Folder of catalogue files that replace the bundled catalogues.")
  private @Nullable Path catalogs;

  @Option(
      names = "--today",
      paramLabel = "yyyy-MM-dd",
      converter = Choices.DateConverter.class,
      description = "Date to treat as today, for reproducible output. Default: today's date "
          + "in Vietnam.")
  private @Nullable LocalDate today;

  @Option(
      names = "--ascii",
      description = "Fold the output to ASCII: drop diacritics, write đ as d and Đ as D.")
  private boolean ascii;

  @Option(
      names = "--sample",
      description = "Also validate the sample unit bundled in ccvc (" + SAMPLE_UNIT + ").")
  private boolean sample;

  /** Output formats of {@code --format}. */
  enum Format {
    /** Lines for people, in the language of {@code --lang}. */
    TEXT,
    /** One JSON object a line and profile. */
    JSON
  }

  ValidateCommand(Checker.Factory checkers) {
    this.checkers = checkers;
  }

  @Override
  public Integer call() {
    List<String> arguments = new ArrayList<>(files);
    if (sample) {
      arguments.add(SAMPLE_UNIT);
    }
    if (arguments.isEmpty()) {
      throw UsageError.of(spec.commandLine(),
          "Missing FILE: name a profile file or folder, or use --sample.",
          "Thiếu FILE: hãy chỉ định tệp hoặc thư mục hồ sơ, hoặc dùng --sample.");
    }
    if (arguments.stream().anyMatch(String::isBlank)) {
      throw UsageError.of(spec.commandLine(),
          "Empty FILE: an empty argument names no file; give the path of a file or folder.",
          "FILE rỗng: tham số rỗng không chỉ định tệp nào; hãy ghi đường dẫn tệp hoặc thư mục.");
    }
    Checker checker = checkers.create(loadCatalogs(), clock(), language.locale());
    ReportPrinter printer = printer(spec.commandLine().getOut());
    Tally tally = new Tally();
    try (Inputs inputs = Inputs.collect(arguments, language)) {
      ProfileCodec codec = ProfileCodec.create();
      for (Inputs.Input input : inputs.entries()) {
        validate(input, codec, checker, printer, tally);
      }
    }
    printer.summary(tally);
    return tally.exitStatus();
  }

  /** Reads one input and validates and prints each of its profiles as it is read. */
  private void validate(Inputs.Input input, ProfileCodec codec, Checker checker,
      ReportPrinter printer, Tally tally) {
    ReadError inputError = input.error();
    if (inputError != null) {
      printer.unreadable(input.name(), null, inputError);
      tally.addUnreadable();
      return;
    }
    Path path = Objects.requireNonNull(input.path(), "path");
    int[] entries = {0};
    codec.read(path, source -> {
      entries[0]++;
      handle(input, source, checker, printer, tally);
    });
    if (entries[0] == 0) {
      String message = Files.isDirectory(path) ? language.noProfiles()
          : language.emptyJsonLines();
      printer.unreadable(input.name(), null, ReadError.of(ReadError.NO_PROFILES, message));
      tally.addUnreadable();
    }
  }

  private void handle(Inputs.Input input, ProfileSource source, Checker checker,
      ReportPrinter printer, Tally tally) {
    String name = input.nameOf(source.file());
    Profile profile = source.profile();
    if (profile == null) {
      printer.unreadable(name, indexInJsonl(source), readError(source));
      tally.addUnreadable();
      return;
    }
    ValidationReport report = checker.validate(profile, stage);
    printer.profile(name, source.index(), report);
    tally.add(report);
  }

  private Catalogs loadCatalogs() {
    if (catalogs == null) {
      return Catalogs.defaults();
    }
    if (Files.exists(catalogs) && !Files.isDirectory(catalogs)) {
      throw UsageError.of(spec.commandLine(), "Invalid value for option '--catalogs': '"
          + catalogs + "' is a file, not a folder; name the folder that contains the catalogue "
          + "files.", "Giá trị không hợp lệ cho tùy chọn '--catalogs': '" + catalogs + "' là tệp,"
          + " không phải thư mục; hãy chỉ định thư mục chứa các tệp danh mục.");
    }
    if (!Files.isDirectory(catalogs)) {
      throw UsageError.of(spec.commandLine(), "Invalid value for option '--catalogs': folder '"
          + catalogs + "' not found; name a folder of catalogue files.", "Giá trị không hợp lệ"
          + " cho tùy chọn '--catalogs': không tìm thấy thư mục '" + catalogs + "'; hãy chỉ định"
          + " thư mục chứa các tệp danh mục.");
    }
    try {
      return Catalogs.load(catalogs);
    } catch (CcvcException e) {
      // The SDK words its catalogue errors in English, so a Vietnamese lead-in names the failure.
      if (language == Language.EN) {
        throw e;
      }
      throw new CcvcException(e.code(), "Không nạp được danh mục: " + e.getMessage(), e);
    }
  }

  private Clock clock() {
    if (today == null) {
      return Clock.system(VIETNAM);
    }
    return Clock.fixed(today.atStartOfDay(VIETNAM).toInstant(), VIETNAM);
  }

  private ReportPrinter printer(PrintWriter out) {
    OutputText text = new OutputText(ascii);
    return format == Format.JSON ? new JsonPrinter(out, text) : new TextPrinter(out, text,
        language);
  }

  /** Returns the index of an unreadable profile of a {@code .jsonl} file, else null. */
  private static @Nullable Integer indexInJsonl(ProfileSource source) {
    String fileName = String.valueOf(source.file().getFileName());
    return fileName.toLowerCase(Locale.ROOT).endsWith(".jsonl") ? source.index() : null;
  }

  private ReadError readError(ProfileSource source) {
    ProfileReadException error = source.error();
    if (error == null) {
      throw new IllegalStateException("The codec returned neither a profile nor an error for "
          + source.file() + " at index " + source.index());
    }
    ReadError readError = ReadError.of(error, language);
    return looksPrettyPrinted(source, error) ? readError.withHint(language.prettyJsonLines())
        : readError;
  }

  /**
   * Tells whether the first profile of a {@code .jsonl} file failed as an incomplete object,
   * the sign of a pretty-printed profile saved with the wrong extension.
   */
  private static boolean looksPrettyPrinted(ProfileSource source, ProfileReadException error) {
    return source.index() == 0 && indexInJsonl(source) != null
        && ProfileReadException.MALFORMED.equals(error.code())
        && "truncated".equals(error.reason());
  }
}
