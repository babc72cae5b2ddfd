package vn.ccvc.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Section;
import vn.ccvc.model.validation.Severity;

/**
 * Language of the output of {@code ccvc validate}: the validator's messages and the labels the
 * text format adds around them.
 */
enum Language {
  /** Vietnamese, the default. */
  VI(Locale.forLanguageTag("vi")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** Returns the locale passed to the validator for its messages. */
  Locale locale() {
    return locale;
  }

  /** Returns the section's title, such as {@code Ngạch, lương, phụ cấp}. */
  String title(Section section) {
    return this == VI ? section.titleVi() : section.titleEn();
  }

  /** Returns the label of a severity. */
  String label(Severity severity) {
    if (severity == Severity.ERROR) {
      return this == VI ? "LỖI" : "ERROR";
    }
    return this == VI ? "CẢNH BÁO" : "WARNING";
  }

  /** Returns the label of a form 2C item, such as {@code mục 15.1}. */
  String item(String item) {
    return (this == VI ? "mục " : "item ") + item;
  }

  /** Returns a profile's verdict, such as {@code hợp lệ} or {@code 2 lỗi, 1 cảnh báo}. */
  String verdict(int errors, int warnings) {
    String valid = this == VI ? "hợp lệ" : "OK";
    if (errors == 0 && warnings == 0) {
      return valid;
    }
    String warningCount = count(warnings, "cảnh báo", "warning", "warnings");
    if (errors == 0) {
      return valid + ", " + warningCount;
    }
    return count(errors, "lỗi", "error", "errors") + ", " + warningCount;
  }

  /** Returns the label of an input that could not be read. */
  String unreadable() {
    return this == VI ? "không đọc được" : "could not be read";
  }

  /** Returns where in a file an error is, such as {@code dòng 3, cột 5, tại identity}. */
  String position(@Nullable Integer line, @Nullable Integer column, @Nullable String path) {
    StringBuilder text = new StringBuilder();
    if (line != null) {
      text.append(this == VI ? "dòng " : "line ").append(line);
    }
    if (column != null) {
      text.append(text.length() > 0 ? ", " : "").append(this == VI ? "cột " : "column ")
          .append(column);
    }
    if (path != null) {
      text.append(text.length() > 0 ? ", " : "").append(this == VI ? "tại " : "at ").append(path);
    }
    return text.toString();
  }

  /** Returns the message for a named file or folder that does not exist. */
  String fileNotFound() {
    return this == VI
        ? "Không có tệp hoặc thư mục này; hãy kiểm tra đường dẫn."
        : "No such file or folder; check the path.";
  }

  /** Returns the message for a {@code classpath:} argument that names nothing bundled. */
  String resourceNotFound(String name) {
    return this == VI
        ? "ccvc không kèm tệp hoặc thư mục '" + name + "'; các thư mục kèm theo là sample-unit"
            + " và invalid-samples."
        : "No file or folder '" + name + "' is bundled in ccvc; the bundled folders are"
            + " sample-unit and invalid-samples.";
  }

  /** Returns the message for a named file that is neither {@code .json} nor {@code .jsonl}. */
  String notProfileFile() {
    return this == VI
        ? "Không phải tệp hồ sơ: hãy chỉ định tệp .json (một hồ sơ), tệp .jsonl (mỗi dòng một"
            + " hồ sơ) hoặc thư mục chứa chúng."
        : "Not a profile file: name a .json file (one profile), a .jsonl file (one profile a"
            + " line) or a folder of them.";
  }

  /** Returns the message for a named folder with no profile file in it. */
  String noProfiles() {
    return this == VI
        ? "Thư mục không có tệp .json hoặc .jsonl nào; hãy chỉ định thư mục chứa hồ sơ."
        : "The folder holds no .json or .jsonl file; name a folder of profiles.";
  }

  /** Returns the message for a named {@code .jsonl} file with no profile in it. */
  String emptyJsonLines() {
    return this == VI
        ? "Tệp .jsonl không có hồ sơ nào (tệp rỗng hoặc chỉ có dòng trống); mỗi dòng của tệp"
            + " .jsonl là một hồ sơ."
        : "The .jsonl file holds no profile (it is empty or has only blank lines); each line of"
            + " a .jsonl file is one profile.";
  }

  /** Returns the hint for a pretty-printed profile saved as a {@code .jsonl} file. */
  String prettyJsonLines() {
    return this == VI
        ? "Gợi ý: tệp .jsonl chứa mỗi dòng một hồ sơ; hồ sơ viết trên nhiều dòng phải lưu"
            + " trong tệp .json."
        : "Hint: a .jsonl file holds one profile per line; a pretty-printed profile belongs in"
            + " a .json file.";
  }

  /** Returns the placeholder printed in place of a missing citizen ID or name. */
  static String missing() {
    return "—";
  }

  /**
   * Returns the language that the arguments select with {@code --lang}, or Vietnamese, the
   * default, when they select none or an unknown one. The usage-error handlers use it, because
   * picocli may fail before it sets the option.
   */
  static Language fromArguments(String[] args) {
    Language found = VI;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        found = value.equalsIgnoreCase("en") ? EN : VI;
      }
    }
    return found;
  }

  /** Returns the closing line of a text report. */
  String summary(Tally tally) {
    if (this == VI) {
      return "Tổng cộng: " + tally.profiles() + " hồ sơ (" + tally.validProfiles() + " hợp lệ, "
          + tally.invalidProfiles() + " có lỗi), " + tally.errors() + " lỗi, "
          + tally.warnings() + " cảnh báo, " + tally.unreadable() + " không đọc được.";
    }
    return "Total: " + count(tally.profiles(), "", "profile", "profiles") + " ("
        + tally.validProfiles() + " valid, " + tally.invalidProfiles() + " with errors), "
        + count(tally.errors(), "", "error", "errors") + ", "
        + count(tally.warnings(), "", "warning", "warnings") + ", "
        + tally.unreadable() + " unreadable.";
  }

  private String count(int n, String vietnamese, String singular, String plural) {
    if (this == VI) {
      return n + " " + vietnamese;
    }
    return n + " " + (n == 1 ? singular : plural);
  }
}
