package vn.ccvc.cli;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/**
 * A wrong command line found by the tool itself, with its reason in English and in
 * Vietnamese, so the usage-error handler can print the one that {@code --lang} selects.
 * {@link #getMessage()} returns the English reason.
 */
final class UsageError extends ParameterException {

  private static final long serialVersionUID = 1L;

  /** The reason in Vietnamese; the serialised form is never used, so the field is transient. */
  private final transient String vietnamese;

  private UsageError(CommandLine commandLine, String english, String vietnamese) {
    super(commandLine, english);
    this.vietnamese = vietnamese;
  }

  /** Creates the error with its English and Vietnamese reasons. */
  static UsageError of(CommandLine commandLine, String english, String vietnamese) {
    return new UsageError(commandLine, english, vietnamese);
  }

  /** Returns the reason in {@code language}. */
  String reason(Language language) {
    return language == Language.VI ? vietnamese : getMessage();
  }
}
