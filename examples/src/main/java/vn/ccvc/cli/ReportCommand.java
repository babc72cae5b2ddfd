package vn.ccvc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ccvc.examples.store.JsonFileWorkflowStore;
import vn.ccvc.examples.store.OrganizationFile;
import vn.ccvc.model.CcvcException;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.WorkflowEvent;
import vn.ccvc.workflow.report.ProgressReport;
import vn.ccvc.workflow.report.ReportLanguage;

/**
 * {@code ccvc report}: prints the progress of the root unit of a workflow state folder and of
 * every unit below it, as it stood at the end of a date. Exits with 0 when the report is
 * printed and 2 when the folder cannot be read.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Prints how far the units of a workflow state folder have come: accounts, profiles per"
            + " status and per sync state, completion and sync rates, and the deadline.",
        "DIR is a folder with organization.json and profiles/, as docs/state-format.md "
            + "describes."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:the report was printed",
        "2:the folder cannot be read, or the command line is wrong",
        "3:internal error of the tool (run again with --debug and report it)"})
final class ReportCommand implements Callable<Integer> {

  /** Output formats of {@code --format}. */
  enum Format {
    /** A table aligned for a fixed-width font. */
    TEXT,
    /** Comma-separated values with a heading row. */
    CSV
  }

  private final Clock clock;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Workflow state folder.")
  private Path folder;

  @Option(
      names = "--date",
      paramLabel = "yyyy-MM-dd",
      converter = Choices.DateConverter.class,
      description = "Report the state at the end of this day, Vietnam time. Default: today.")
  private @Nullable LocalDate date;

  @Option(
      names = "--deadline",
      paramLabel = "yyyy-MM-dd",
      converter = Choices.DateConverter.class,
      description = "Deadline to count the days to. Default: the deadline in "
          + "organization.json, if any.")
  private @Nullable LocalDate deadline;

  @Option(
      names = "--format",
      paramLabel = "text|csv",
      defaultValue = "text",
      converter = Choices.ReportFormatConverter.class,
      description = "text for people; csv for spreadsheets. Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      defaultValue = "vi",
      converter = Choices.LanguageConverter.class,
      description = "Language of headings and labels. Default: ${DEFAULT-VALUE}.")
  private Language language = Language.VI;

  /** Creates the command; {@code clock} gives today's date when {@code --date} is absent. */
  ReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for DIR: folder '"
          + folder + "' not found; name a workflow state folder.");
    }
    OrganizationFile organization = OrganizationFile.read(folder);
    UnitTree units = organization.organization().units();
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(ValidateCommand.VIETNAM));
    LocalDate due = deadline != null ? deadline : organization.deadline();
    List<ProfileState> states = statesAt(day);
    checkUnitsKnown(units, states);
    ProgressReport report = ProgressReport.of(units, root(units).id(), states, day, due);
    ReportLanguage reportLanguage = language == Language.VI ? ReportLanguage.VI
        : ReportLanguage.EN;
    spec.commandLine().getOut().print(format == Format.CSV ? report.toCsv(reportLanguage)
        : report.toText(reportLanguage));
    return ExitStatus.OK;
  }

  /** Replays every profile's events up to the end of {@code day} in Vietnam. */
  private List<ProfileState> statesAt(LocalDate day) {
    Instant end = day.plusDays(1).atStartOfDay(ValidateCommand.VIETNAM).toInstant();
    List<ProfileState> states = new ArrayList<>();
    for (List<WorkflowEvent> events : JsonFileWorkflowStore.openForReading(folder)
        .loadAllEvents()) {
      ProfileState.replayUntil(events, end).ifPresent(states::add);
    }
    return states;
  }

  /** Rejects a profile whose unit the organisation does not list, so no account goes uncounted. */
  private static void checkUnitsKnown(UnitTree units, List<ProfileState> states) {
    for (ProfileState state : states) {
      if (!units.contains(state.unitId())) {
        throw new CcvcException("report.unknownUnit", "The profile of " + state.owner().masked()
            + " belongs to unit '" + state.unitId() + "', which " + OrganizationFile.NAME
            + " does not list; add the unit there or correct the profile's unit.");
      }
    }
  }

  private static Unit root(UnitTree units) {
    List<Unit> roots = units.roots();
    if (roots.size() != 1) {
      throw new CcvcException("report.rootUnit", OrganizationFile.NAME + " has "
          + roots.size() + " root units, but ccvc report needs exactly one; give the units a "
          + "common parent.");
    }
    return roots.get(0);
  }
}
