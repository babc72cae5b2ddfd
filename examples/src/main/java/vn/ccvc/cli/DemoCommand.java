package vn.ccvc.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.ccvc.examples.demo.Rollout;
import vn.ccvc.examples.demo.RolloutException;
import vn.ccvc.examples.demo.Screen;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.workflow.report.ReportLanguage;

/**
 * {@code ccvc demo}: the whole rollout on one unit, from accounts to the progress report. Exits
 * with 0 when every step finished, 1 when a step could not finish, and 2 for a wrong command
 * line or a folder that cannot be read or written.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Runs the rollout on a unit's profiles: issues accounts, saves and submits each "
            + "profile, confirms most and rejects a few (corrected and confirmed after), "
            + "renders form 2C PDFs, syncs to a reference ministry server on 127.0.0.1 with "
            + "injected faults, and writes the progress report.",
        "Writes OUT/credentials.csv (owner only), OUT/pdf/, OUT/report.csv and OUT/report.txt, "
            + "replacing only those; a failed run leaves OUT as it was."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every step finished",
        "1:a step could not finish (the reason is printed); nothing was written",
        "2:the command line is wrong, or a folder cannot be read or written",
        "3:internal error of the tool (run again with --debug and report it)"})
final class DemoCommand implements Callable<Integer> {

  /** The bundled sample unit, the default of {@code --unit}. */
  static final String SAMPLE_UNIT = "classpath:sample-unit";

  /** The bundled invalid samples, validated apart from the unit. */
  static final String INVALID_SAMPLES = "classpath:invalid-samples";

  private final Clock clock;
  private final @Nullable PrintStream terminal;

  @Spec
  private CommandSpec spec;

  @Option(names = "--unit", paramLabel = "DIR", defaultValue = SAMPLE_UNIT,
      description = "Folder of the unit's profile files (.json, .jsonl), or one such file. "
          + "Default: the bundled sample unit of 40 profiles.")
  private String unit = SAMPLE_UNIT;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "ccvc-demo",
      description = "Output folder; created if missing, other files in it are kept. "
          + "Default: ${DEFAULT-VALUE}.")
  private Path out = Path.of("ccvc-demo");

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      converter = Choices.LanguageConverter.class,
      description = "Language of the output. Default: ${DEFAULT-VALUE}.")
  private Language language = Language.VI;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2026",
      description = "Seed of the random choices (approver, rejections, injected faults), so a "
          + "run can be repeated. Default: ${DEFAULT-VALUE}.")
  private long seed = 2026;

  /**
   * Creates the command.
   *
   * @param clock gives today's date
   * @param terminal the terminal to draw progress bars on, or null to print plain progress
   *     lines on the command's standard error
   */
  DemoCommand(Clock clock, @Nullable PrintStream terminal) {
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    // An unset shell variable gives an empty value, which would mean the current folder.
    if (unit.isBlank() || out.toString().isBlank()) {
      throw new ParameterException(spec.commandLine(), "Invalid value for "
          + (unit.isBlank() ? "--unit" : "--out") + ": the value is empty; name a folder.");
    }
    try (Inputs folders = Inputs.collect(List.of(unit, INVALID_SAMPLES), Language.EN)) {
      Inputs.Input unitFolder = folders.entries().get(0);
      Path unitPath = unitFolder.path();
      if (unitPath == null || !Files.exists(unitPath)) {
        throw new ParameterException(spec.commandLine(), "Invalid value for --unit: '" + unit
            + "': " + reason(unitFolder) + ". Name a folder of profile files, or a .json or "
            + ".jsonl file.");
      }
      Rollout.Settings settings = new Rollout.Settings(unitPath, unit,
          folders.entries().get(1).path(), out,
          language == Language.VI ? ReportLanguage.VI : ReportLanguage.EN, seed, clock);
      Rollout.of(settings, new Screen(spec.commandLine().getOut(),
          spec.commandLine().getErr(), terminal)).run();
      return ExitStatus.OK;
    } catch (RolloutException e) {
      spec.commandLine().getErr().println("ccvc demo: " + e.code() + ": "
          + OutputText.maskCitizenIds(OutputText.oneLine(e.getMessage())));
      return e.inputProblem() ? ExitStatus.INPUT_ERROR : ExitStatus.INVALID;
    }
  }

  private static String reason(Inputs.Input input) {
    ReadError error = input.error();
    String reason = error == null ? "not found" : OutputText.oneLine(error.message());
    return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
  }
}
