package vn.ccvc.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.ccvc.model.validation.Stage;

/**
 * Converters of option values written in lower case on the command line, such as
 * {@code --stage draft}. picocli prefixes their messages with the option's name.
 */
final class Choices {

  private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Choices() {}

  /** Converts {@code draft} or {@code submission}. */
  static final class StageConverter implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "draft" -> Stage.DRAFT;
        case "submission" -> Stage.SUBMISSION;
        default -> throw invalid(value, "draft or submission", "draft hoặc submission");
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
        default -> throw invalid(value, "text or json", "text hoặc json");
      };
    }
  }

  /** Converts {@code text} or {@code csv}. */
  static final class ReportFormatConverter implements ITypeConverter<ReportCommand.Format> {
    @Override
    public ReportCommand.Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> ReportCommand.Format.TEXT;
        case "csv" -> ReportCommand.Format.CSV;
        default -> throw invalid(value, "text or csv", "text hoặc csv");
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
        default -> throw invalid(value, "vi or en", "vi hoặc en");
      };
    }
  }

  /** Converts an ISO date, {@code yyyy-MM-dd}, that exists in the calendar. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        if (ISO_SHAPE.matcher(value).matches()) {
          throw new InvalidChoice("'" + value + "' is not a calendar date; check the day and"
              + " the month.", "'" + value + "' không phải ngày có thật trong lịch; hãy kiểm tra"
              + " ngày và tháng.");
        }
        throw new InvalidChoice(
            "'" + value + "' is not a date in the form yyyy-MM-dd, such as 2026-07-01.",
            "'" + value + "' không phải ngày dạng yyyy-MM-dd, ví dụ 2026-07-01.");
      }
    }
  }

  /**
   * A value that a converter rejects, with the reason in English, which
   * {@link #getMessage()} returns, and in Vietnamese.
   */
  static final class InvalidChoice extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    /** The reason in Vietnamese; never serialised in practice, so transient. */
    private final transient String vietnamese;

    InvalidChoice(String english, String vietnamese) {
      super(english);
      this.vietnamese = vietnamese;
    }

    /** Returns the reason in Vietnamese. */
    String vietnamese() {
      return vietnamese;
    }
  }

  private static InvalidChoice invalid(String value, String expected, String expectedVi) {
    return new InvalidChoice("'" + value + "' is not valid; use " + expected + ".",
        "'" + value + "' không hợp lệ; hãy dùng " + expectedVi + ".");
  }
}
