package vn.ccvc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.CcvcException;

/**
 * Turns what a command throws into a one-line message on standard error and an exit status, so
 * that no stack trace reaches the user unless they pass {@code --debug}.
 */
final class Failures {

  private Failures() {}

  /**
   * Reports a wrong command line: the reason on one line and a pointer to {@code --help}, in
   * the language that {@code --lang} selects among the arguments (Vietnamese by default), or in
   * English for a command that has no {@code --lang}. The
   * reasons that picocli words itself stay in English after a Vietnamese lead-in.
   *
   * @return {@link ExitStatus#INPUT_ERROR}
   */
  static int handleUsageError(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    // A subcommand without --lang words all its messages in English, so its usage errors match.
    boolean choosesLanguage = command.getCommandSpec().findOption("--lang") != null
        || !command.getSubcommands().isEmpty();
    Language language = choosesLanguage ? Language.fromArguments(args) : Language.EN;
    PrintWriter err = command.getErr();
    String reason = UsageReasons.of(exception, language);
    err.println(name + ": " + OutputText.escapeControls(OutputText.oneLine(reason)));
    err.println(language == Language.VI
        ? "Chạy '" + name + " --help' để xem cách dùng."
        : "Run '" + name + " --help' for usage.");
    return ExitStatus.INPUT_ERROR;
  }

  /**
   * Reports a failure of a command's execution on one line. An SDK exception or an I/O error
   * means that an input could not be read, so the status is 2. Anything else is a defect of the
   * tool, with status 3. With {@code --debug} the stack trace follows the message.
   */
  static int handleFailure(Exception exception, CommandLine command, ParseResult parseResult) {
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    int status = isInputError(exception) ? ExitStatus.INPUT_ERROR : ExitStatus.INTERNAL_ERROR;
    String message = status == ExitStatus.INPUT_ERROR
        ? OutputText.oneLine(exception.getMessage())
        : internalErrorMessage(exception);
    err.println(name + ": " + OutputText.maskCitizenIds(message));
    if (debugRequested(parseResult)) {
      exception.printStackTrace(err);
    }
    return status;
  }

  /** Returns the message for a defect of the tool, which names no exception class. */
  static String internalErrorMessage(Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "internal error: the tool ran out of memory. Give Java more memory (for example"
          + " java -Xmx1g -jar ccvc.jar ...) or split the input; run the command again with"
          + " --debug to see the stack trace, and report it.";
    }
    String detail = failure.getMessage() == null ? "no detail" : failure.getMessage();
    return "internal error: " + OutputText.oneLine(detail)
        + ". Run the command again with --debug to see the stack trace, and report it.";
  }

  private static boolean isInputError(Exception exception) {
    return exception instanceof CcvcException
        || exception instanceof IOException
        || exception instanceof UncheckedIOException;
  }

  private static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
