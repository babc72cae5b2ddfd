package vn.ccvc.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code ccvc} command: a parent for subcommands such as {@code ccvc validate}.
 *
 * <p>Every command accepts {@code --help} and {@code --version}. A wrong command line exits with
 * status 2 and a one-line reason on standard error. An unexpected failure exits with status 3
 * and a one-line message; {@code --debug} adds its stack trace. Standard output and standard
 * error are written in UTF-8 whatever the platform's default charset.
 */
@Command(
    name = "ccvc",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tools for civil-servant profiles (form 2C) of the national database.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
public final class Ccvc implements Runnable {

  /** Name of the system property that selects jboss-logging's back end. */
  static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

  @Spec
  private CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected failure to standard error.")
  private boolean debug;

  /** Creates the command; picocli fills the options. */
  public Ccvc() {}

  /**
   * Runs {@code ccvc} with the given arguments and exits the JVM with the command's status:
   * 0 on success, 1 when a profile has an error or a credential was not issued, 2 for an
   * unreadable file or a wrong command line, 3 for an unexpected failure.
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs {@code ccvc} on the process's standard output and error and returns the exit status.
   */
  static int run(String[] args) {
    configureLogging();
    PrintWriter err = utf8Writer(System.err);
    // Progress bars need a terminal, and System.console() is null when the process has none.
    PrintStream terminal = System.console() == null ? null
        : new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, utf8Writer(System.out), err, Checker.DEFAULT_FACTORY, terminal);
    // System.out is a PrintStream, which keeps a write failure to itself rather than passing
    // it to the writer above it.
    if (status != ExitStatus.INTERNAL_ERROR && System.out.checkError()) {
      reportOutputFailure(err);
      status = ExitStatus.INTERNAL_ERROR;
    }
    return status;
  }

  /**
   * Runs {@code ccvc} on the given writers and returns the exit status. Any throwable that
   * escapes picocli's handlers, even an {@link OutOfMemoryError}, becomes a one-line message and
   * status 3; {@code --debug} adds its stack trace. When standard output fails, for example
   * on a full disk or a closed pipe, the status is 3 too, because the results are lost.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Checker.Factory checkers) {
    return run(args, out, err, checkers, null);
  }

  /**
   * Runs {@code ccvc} as {@link #run(String[], PrintWriter, PrintWriter, Checker.Factory)} does,
   * with {@code ccvc demo} drawing its progress bars on {@code terminal}, or printing plain
   * progress lines on {@code err} when it is null.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Checker.Factory checkers,
      @Nullable PrintStream terminal) {
    int status;
    try {
      status = commandLine(out, err, checkers, Clock.system(ValidateCommand.VIETNAM), terminal)
          .execute(args);
    } catch (RuntimeException | Error e) {
      // picocli's handlers report the exceptions that the commands throw. This catches errors,
      // such as running out of memory, and failures of picocli itself, so no stack trace
      // reaches the user unless requested.
      err.println("ccvc: " + Failures.internalErrorMessage(e));
      if (Arrays.asList(args).contains("--debug")) {
        e.printStackTrace(err);
      }
      status = ExitStatus.INTERNAL_ERROR;
    }
    if (out.checkError()) {
      reportOutputFailure(err);
      status = ExitStatus.INTERNAL_ERROR;
    }
    err.flush();
    return status;
  }

  private static void reportOutputFailure(PrintWriter err) {
    err.println("ccvc: cannot write the results to standard output (the disk may be full or"
        + " the pipe closed); the output is incomplete.");
    err.flush();
  }

  /**
   * Builds the command line with every subcommand, the error handlers and the given writers.
   *
   * @param checkers creates the validator of {@code ccvc validate}; tests pass a fake one
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Checker.Factory checkers) {
    return commandLine(out, err, checkers, Clock.system(ValidateCommand.VIETNAM));
  }

  /**
   * Builds the command line as {@link #commandLine(PrintWriter, PrintWriter, Checker.Factory)}
   * does, with the clock that {@code ccvc credentials} issues by and that gives
   * {@code ccvc report} today's date; tests pass a fixed one.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Checker.Factory checkers,
      Clock clock) {
    return commandLine(out, err, checkers, clock, null);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err,
      Checker.Factory checkers, Clock clock, @Nullable PrintStream terminal) {
    CommandLine commandLine = new CommandLine(new Ccvc());
    commandLine.addSubcommand("validate", new ValidateCommand(checkers));
    commandLine.addSubcommand("credentials", new CredentialsCommand(clock));
    commandLine.addSubcommand("report", new ReportCommand(clock));
    commandLine.addSubcommand("render", new RenderCommand());
    commandLine.addSubcommand("ministry-server", new MinistryServerCommand());
    commandLine.addSubcommand("sync", new SyncCommand());
    commandLine.addSubcommand("demo", new DemoCommand(clock, terminal));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(Failures::handleUsageError);
    commandLine.setExecutionExceptionHandler(Failures::handleFailure);
    return commandLine;
  }

  /** Rejects a command line with no subcommand. */
  @Override
  public void run() {
    throw UsageError.of(spec.commandLine(), "Missing command: name one, such as "
        + "'ccvc validate FILE'.", "Thiếu lệnh: hãy ghi một lệnh, ví dụ 'ccvc validate FILE'.");
  }

  /**
   * Routes Hibernate Validator's jboss-logging and slf4j-simple to standard error at level WARN,
   * so a normal run prints no log line. A value the user set with {@code -D} is kept.
   */
  private static void configureLogging() {
    setIfAbsent(JBOSS_LOGGING_PROVIDER, "slf4j");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    // ccvc render prints each profile the batch could not render, so the batch's own warning
    // would repeat it.
    setIfAbsent("org.slf4j.simpleLogger.log.vn.ccvc.render.BatchRenderer", "error");
  }

  private static void setIfAbsent(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  private static PrintWriter utf8Writer(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
  }
}
