package vn.ccvc.examples.demo;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.ccvc.workflow.Action;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.report.ReportLanguage;

/**
 * The rollout's wording in Vietnamese or English, from the {@code messages} bundle beside this
 * class. Patterns follow {@link MessageFormat}. Immutable and thread-safe.
 */
final class Texts {

  /** Time zone of every time the rollout prints. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final ReportLanguage language;
  private final Locale locale;
  private final ResourceBundle bundle;

  Texts(ReportLanguage language) {
    this.language = language;
    this.locale = language == ReportLanguage.VI ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    // No fallback to the JVM's default locale: English is the base bundle.
    this.bundle = ResourceBundle.getBundle("vn.ccvc.examples.demo.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Returns the language. */
  ReportLanguage language() {
    return language;
  }

  /** Returns the locale, which the validator's messages follow. */
  Locale locale() {
    return locale;
  }

  /** Returns the text of {@code key} with the arguments put in. */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** Returns a status's label, such as {@code Xác nhận}. */
  String status(ProfileStatus status) {
    return language == ReportLanguage.VI ? status.labelVi() : status.labelEn();
  }

  /** Returns an action's label, such as {@code Từ chối}. */
  String action(Action action) {
    return language == ReportLanguage.VI ? action.labelVi() : action.labelEn();
  }

  /** Returns a role's label, such as {@code Người duyệt}. */
  String role(Role role) {
    return language == ReportLanguage.VI ? role.labelVi() : role.labelEn();
  }

  /** Returns a moment as Vietnamese time, {@code dd/MM/yyyy HH:mm}. */
  static String time(Instant at) {
    return TIME.format(at.atZone(VIETNAM));
  }
}
