package vn.ccvc.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.ccvc.model.validation.Stage;

/**
 * Converters of option values written in lower case on the command line, such as
 * {@code --stage draft}. picocli prefixes their messages with the option's name.
 */
final class Choices {

  private Choices() {}

  /** Converts {@code draft} or {@code submission}. */
  static final class StageConverter implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "draft" -> Stage.DRAFT;
        case "submission" -> Stage.SUBMISSION;
        default -> throw invalid(value, "draft or submission");
      };
    }
  }

  /** Converts {@code text} or {@code json}. */
  static final class FormatConverter implements ITypeConverter<ValidateCommand.Format> {
    @Override
    public ValidateCommand.Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> ValidateCommand.Format.TEXT;
        case "json" -> ValidateCommand.Format.JSON;
        default -> throw invalid(value, "text or json");
      };
    }
  }

  /** Converts {@code vi} or {@code en}. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "vi" -> Language.VI;
        case "en" -> Language.EN;
        default -> throw invalid(value, "vi or en");
      };
    }
  }

  /** Converts an ISO date, {@code yyyy-MM-dd}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date in the form yyyy-MM-dd, such as 2026-07-01.");
      }
    }
  }

  private static TypeConversionException invalid(String value, String expected) {
    return new TypeConversionException("'" + value + "' is not valid; use " + expected + ".");
  }
}
