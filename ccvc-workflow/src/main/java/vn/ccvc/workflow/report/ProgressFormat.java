package vn.ccvc.workflow.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.SyncState;

/** Prints a {@link ProgressReport} as CSV or as an aligned text table. */
final class ProgressFormat {

  private static final String SEPARATOR = "  ";

  private ProgressFormat() {}

  static String csv(ProgressReport report, ReportLanguage language) {
    Headings headings = Headings.of(language);
    List<String> heading = new ArrayList<>(List.of(headings.unitId(), headings.unit()));
    heading.addAll(countHeadings(headings));
    heading.addAll(List.of(headings.date(), headings.deadline(), headings.daysLeft()));
    StringBuilder out = new StringBuilder();
    csvLine(out, heading);
    for (ProgressRow row : report.rows()) {
      csvLine(out, csvFields(report, row, row.unit().id(), row.unit().name()));
    }
    csvLine(out, csvFields(report, report.total(), report.unit().id(), headings.total()));
    return out.toString();
  }

  static String text(ProgressReport report, ReportLanguage language) {
    Headings headings = Headings.of(language);
    StringBuilder out = new StringBuilder();
    out.append(headings.title()).append(": ").append(report.unit().name()).append('\n');
    out.append(headings.date()).append(": ").append(report.date()).append('\n');
    if (report.deadline() != null) {
      out.append(headings.deadline()).append(": ").append(report.deadline()).append(", ")
          .append(headings.remaining(report.daysLeft().getAsLong())).append('\n');
    }
    out.append('\n');
    List<List<String>> table = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of(headings.unit()));
    heading.addAll(countHeadings(headings));
    table.add(heading);
    for (ProgressRow row : report.rows()) {
      table.add(textFields(row, row.unit().name(), language));
    }
    table.add(textFields(report.total(), headings.total(), language));
    appendAligned(out, table);
    return out.toString();
  }

  private static List<String> countHeadings(Headings headings) {
    List<String> names = new ArrayList<>(List.of(headings.accounts()));
    for (ProfileStatus status : ProfileStatus.values()) {
      names.add(headings.label(status));
    }
    for (SyncState state : SyncState.values()) {
      names.add(headings.label(state));
    }
    names.addAll(List.of(headings.completion(), headings.syncRate()));
    return names;
  }

  private static List<String> counts(ProgressRow row) {
    List<String> fields = new ArrayList<>(List.of(Integer.toString(row.accounts())));
    for (ProfileStatus status : ProfileStatus.values()) {
      fields.add(Integer.toString(row.count(status)));
    }
    for (SyncState state : SyncState.values()) {
      fields.add(Integer.toString(row.count(state)));
    }
    return fields;
  }

  private static List<String> csvFields(ProgressReport report, ProgressRow row, String id,
      String name) {
    List<String> fields = new ArrayList<>(List.of(id, name));
    fields.addAll(counts(row));
    fields.add(row.accounts() == 0 ? "" : percent(row.completionRate(), Locale.ROOT));
    fields.add(row.accounts() == 0 ? "" : percent(row.syncRate(), Locale.ROOT));
    fields.add(report.date().toString());
    fields.add(report.deadline() == null ? "" : report.deadline().toString());
    fields.add(report.daysLeft().isPresent() ? Long.toString(report.daysLeft().getAsLong())
        : "");
    return fields;
  }

  private static List<String> textFields(ProgressRow row, String name,
      ReportLanguage language) {
    Locale locale = language == ReportLanguage.VI ? Locale.forLanguageTag("vi")
        : Locale.ENGLISH;
    List<String> fields = new ArrayList<>(List.of(name));
    fields.addAll(counts(row));
    fields.add(row.accounts() == 0 ? "—" : percent(row.completionRate(), locale) + "%");
    fields.add(row.accounts() == 0 ? "—" : percent(row.syncRate(), locale) + "%");
    return fields;
  }

  /** Formats a rate from 0 to 1 as a percentage with one decimal, such as {@code 66.7}. */
  private static String percent(double rate, Locale locale) {
    return String.format(locale, "%.1f", rate * 100);
  }

  private static void csvLine(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvField(fields.get(i)));
    }
    out.append('\n');
  }

  private static String csvField(String field) {
    boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** Appends rows with the first column left-aligned and the others right-aligned. */
  private static void appendAligned(StringBuilder out, List<List<String>> table) {
    int columns = table.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : table) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    int lastRow = table.size() - 1;
    for (int r = 0; r < table.size(); r++) {
      if (r == 1 || r == lastRow) {
        appendRule(out, widths);
      }
      appendRow(out, table.get(r), widths);
    }
  }

  private static void appendRow(StringBuilder out, List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = Normalizer.normalize(row.get(c), Normalizer.Form.NFC);
      String padding = " ".repeat(widths[c] - width(cell));
      if (c > 0) {
        line.append(SEPARATOR).append(padding).append(cell);
      } else {
        line.append(cell).append(padding);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static void appendRule(StringBuilder out, int[] widths) {
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    total += SEPARATOR.length() * (widths.length - 1);
    out.append("-".repeat(total)).append('\n');
  }

  /**
   * Returns the number of terminal columns a cell takes: its code points after NFC
   * normalisation, which is right for Vietnamese text because NFC composes each letter with its
   * marks into one code point.
   */
  private static int width(String cell) {
    String normalized = Normalizer.normalize(cell, Normalizer.Form.NFC);
    return normalized.codePointCount(0, normalized.length());
  }

  /** The labels of one language. */
  private record Headings(boolean vietnamese, String title, String unitId, String unit,
      String accounts, String completion, String syncRate, String date, String deadline,
      String daysLeft, String total) {

    static Headings of(ReportLanguage language) {
      if (language == ReportLanguage.VI) {
        return new Headings(true,
            "Tiến độ cập nhật hồ sơ", "Mã đơn vị", "Đơn vị",
            "Tài khoản", "Tỷ lệ hoàn thành", "Tỷ lệ đồng bộ", "Ngày báo cáo", "Hạn",
            "Số ngày còn lại", "Tổng cộng");
      }
      return new Headings(false,
          "Profile update progress", "Unit ID", "Unit", "Accounts",
          "Completion", "Sync rate", "Report date", "Deadline", "Days left", "Total");
    }

    String label(ProfileStatus status) {
      return vietnamese ? status.labelVi() : status.labelEn();
    }

    String label(SyncState state) {
      return vietnamese ? state.labelVi() : state.labelEn();
    }

    String remaining(long days) {
      if (days == 0) {
        return vietnamese ? "đến hạn hôm nay" : "due today";
      }
      if (days > 0) {
        return vietnamese ? "còn " + days + " ngày" : days + (days == 1 ? " day" : " days")
            + " left";
      }
      long late = -days;
      return vietnamese ? "quá hạn " + late + " ngày" : late + (late == 1 ? " day" : " days")
          + " overdue";
    }
  }
}
