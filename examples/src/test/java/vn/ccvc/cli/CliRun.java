package vn.ccvc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.ccvc.model.Profile;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/**
 * The outcome of running {@code ccvc} in-process with picocli's {@code CommandLine.execute}.
 *
 * @param status the exit status
 * @param out what the command wrote to standard output
 * @param err what the command wrote to standard error
 */
record CliRun(int status, String out, String err) {

  /** Runs {@code ccvc} with the SDK's validator. */
  static CliRun run(String... args) {
    return run(Checker.DEFAULT_FACTORY, args);
  }

  /** Runs {@code ccvc} with the given validator factory. */
  static CliRun run(Checker.Factory checkers, String... args) {
    return run(checkers, Clock.system(ValidateCommand.VIETNAM), args);
  }

  /** Runs {@code ccvc} with the SDK's validator and the given clock. */
  static CliRun runAt(Clock clock, String... args) {
    return run(Checker.DEFAULT_FACTORY, clock, args);
  }

  private static CliRun run(Checker.Factory checkers, Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      status = Ccvc.commandLine(outWriter, errWriter, checkers, clock).execute(args);
    }
    return new CliRun(status, out.toString(), err.toString());
  }

  /**
   * Returns a factory of checkers that report, for a profile whose full name is a key of
   * {@code violationsByName}, the violations mapped to it, and none for any other profile.
   */
  static Checker.Factory fakeChecker(Map<String, List<Violation>> violationsByName) {
    return (catalogs, clock, locale) -> (profile, stage) -> report(profile, stage,
        violationsByName.getOrDefault(profile.identity().fullName(), List.of()));
  }

  private static ValidationReport report(Profile profile, Stage stage,
      List<Violation> violations) {
    return new ValidationReport(profile, stage, violations);
  }

  /** Returns the lines of standard output. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** Returns the lines of standard error. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
