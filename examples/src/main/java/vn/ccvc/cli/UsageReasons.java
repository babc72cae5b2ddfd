package vn.ccvc.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.ccvc.examples.output.OutputText;

/**
 * Words the reason of a wrong command line. The tool's own reasons come in both languages;
 * picocli's own, such as an unknown option, keep its English text after a Vietnamese lead-in.
 */
final class UsageReasons {

  private UsageReasons() {}

  /** Returns the reason for {@code exception} in {@code language}, on one line. */
  static String of(ParameterException exception, Language language) {
    if (exception instanceof UsageError own) {
      return own.reason(language);
    }
    if (exception.getCause() instanceof Choices.InvalidChoice choice) {
      return invalidValue(exception.getArgSpec(), choice, language);
    }
    String unknownCommand = unknownCommand(exception, language);
    if (unknownCommand != null) {
      return unknownCommand;
    }
    String flagValue = flagWithValue(exception, language);
    if (flagValue != null) {
      return flagValue;
    }
    String picocli = OutputText.oneLine(exception.getMessage());
    return language == Language.VI ? "Dòng lệnh không hợp lệ: " + picocli : picocli;
  }

  private static String invalidValue(ArgSpec spec, Choices.InvalidChoice choice,
      Language language) {
    String option = spec instanceof OptionSpec o ? o.longestName() : String.valueOf(spec);
    return language == Language.VI
        ? "Giá trị không hợp lệ cho tùy chọn '" + option + "': " + choice.vietnamese()
        : "Invalid value for option '" + option + "': " + choice.getMessage();
  }

  /** Returns the reason for a first argument that names no command, or null. */
  private static @Nullable String unknownCommand(ParameterException exception,
      Language language) {
    if (!(exception instanceof UnmatchedArgumentException unmatched)
        || exception.getCommandLine().getSubcommands().isEmpty()
        || unmatched.getUnmatched().isEmpty()) {
      return null;
    }
    String first = unmatched.getUnmatched().get(0);
    if (first.startsWith("-")) {
      return null;
    }
    String commands = String.join(", ", exception.getCommandLine().getSubcommands().keySet());
    return language == Language.VI
        ? "Không có lệnh '" + first + "'; các lệnh là: " + commands + "."
        : "Unknown command '" + first + "'; commands: " + commands + ".";
  }

  /** Returns the reason for a value given to an option that takes none, or null. */
  private static @Nullable String flagWithValue(ParameterException exception,
      Language language) {
    ArgSpec spec = exception.getArgSpec();
    if (!(spec instanceof OptionSpec option) || option.arity().max() != 0
        || exception instanceof UnmatchedArgumentException) {
      return null;
    }
    String name = option.longestName();
    return language == Language.VI
        ? "Tùy chọn '" + name + "' không nhận giá trị; hãy viết " + name + " không kèm '=...'."
        : "Option '" + name + "' takes no value; write " + name + " alone, without '=...'.";
  }
}
