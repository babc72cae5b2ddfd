package vn.ccvc.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.PersonalHistory;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Relative;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Training;
import vn.ccvc.model.WorkPeriod;
import vn.ccvc.model.catalog.Catalogs;

/** Writes the tables and blocks of items 27–31. Not thread-safe: one per document. */
final class HistoryWriter {

  /** Value columns of one salary grid of item 31, as printed copies of form 2C-BNV/2008 have. */
  static final int GRID_COLUMNS = 9;

  private final PageFlow flow;
  private final FormWriter form;
  private final TableWriter tables;
  private final TextCheck check;
  private final Catalogs catalogs;

  HistoryWriter(PageFlow flow, FormWriter form, TableWriter tables, TextCheck check,
      Catalogs catalogs) {
    this.flow = flow;
    this.form = form;
    this.tables = tables;
    this.check = check;
    this.catalogs = catalogs;
  }

  void write(Profile profile) {
    training(profile);
    work(profile);
    personalHistory(profile.personalHistory());
    family(profile);
    salaryGrid(profile);
  }

  private void training(Profile profile) {
    form.heading("27) Đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ, lý luận chính trị, "
        + "ngoại ngữ, tin học");
    List<List<String>> rows = new ArrayList<>();
    List<Training> training = profile.qualifications().training();
    for (int i = 0; i < training.size(); i++) {
      Training t = training.get(i);
      String field = "qualifications.training[" + i + "]";
      rows.add(List.of(cell(field + ".school", t.school()), cell(field + ".field", t.field()),
          Dates.period(t.from(), t.to()),
          cell(field + ".modeCode", form.name(catalogs.trainingModes(), t.modeCode())),
          cell(field + ".diploma", t.diploma())));
    }
    emptyRows(rows, 5);
    tables.table(new float[] {0.24f, 0.24f, 0.16f, 0.14f, 0.22f},
        List.of("Tên trường", "Chuyên ngành đào tạo, bồi dưỡng",
            "Từ tháng, năm - đến tháng, năm", "Hình thức đào tạo",
            "Văn bằng, chứng chỉ, trình độ gì"), rows);
    flow.paragraph(List.of(new Run("Ghi chú: Hình thức đào tạo: chính quy, tại chức, chuyên tu,"
        + " bồi dưỡng …/ Văn bằng: TSKH, TS, Ths, Cử nhân, Kỹ sư …", form.italic())),
        flow.left(), flow.right(), 0, PageFlow.TABLE_SIZE);
  }

  private void work(Profile profile) {
    form.heading("28) Tóm tắt quá trình công tác");
    List<List<String>> rows = new ArrayList<>();
    List<WorkPeriod> entries = profile.workHistory().entries();
    for (int i = 0; i < entries.size(); i++) {
      WorkPeriod w = entries.get(i);
      rows.add(List.of(Dates.period(w.from(), w.to()),
          cell("workHistory.entries[" + i + "].description", w.description())));
    }
    emptyRows(rows, 2);
    tables.table(new float[] {0.22f, 0.78f},
        List.of("Từ tháng, năm đến tháng, năm", "Chức danh, chức vụ, đơn vị công tác (đảng, "
            + "chính quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng "
            + "về chuyên môn, nghiệp vụ, …"), rows);
  }

  private void personalHistory(PersonalHistory history) {
    form.heading("29) Đặc điểm lịch sử bản thân:");
    bullet("- Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở đâu), đã"
        + " khai báo cho ai, những vấn đề gì? Bản thân có làm việc trong chế độ cũ (cơ quan, "
        + "đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc …)");
    form.block(history.arrestsOrImprisonment(), "personalHistory.arrestsOrImprisonment", 2);
    if (history.formerRegimeWork() != null) {
      form.block(history.formerRegimeWork(), "personalHistory.formerRegimeWork", 0);
    }
    bullet("- Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước "
        + "ngoài (làm gì, tổ chức nào, đặt trụ sở ở đâu …?)");
    form.block(history.foreignOrganisationTies(), "personalHistory.foreignOrganisationTies", 2);
    bullet("- Có thân nhân (Cha, Mẹ, Vợ, Chồng, con, anh chị em ruột) ở nước ngoài (làm gì, "
        + "địa chỉ …)?");
    form.block(history.relativesAbroad(), "personalHistory.relativesAbroad", 2);
  }

  private void family(Profile profile) {
    form.heading("30) Quan hệ gia đình");
    form.heading("a) Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột");
    relatives(profile.family().ownSide(), "family.ownSide");
    form.heading("b) Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột");
    relatives(profile.family().spouseSide(), "family.spouseSide");
  }

  private void relatives(List<Relative> relatives, String field) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < relatives.size(); i++) {
      Relative r = relatives.get(i);
      String prefix = field + "[" + i + "]";
      rows.add(List.of(
          cell(prefix + ".relationCode", form.name(catalogs.familyRelations(), r.relationCode())),
          cell(prefix + ".fullName", r.fullName()), cell(prefix + ".birthYear", r.birthYear()),
          cell(prefix + ".details", r.details())));
    }
    emptyRows(rows, 4);
    tables.table(new float[] {0.14f, 0.22f, 0.10f, 0.54f},
        List.of("Mối quan hệ", "Họ và tên", "Năm sinh", "Quê quán, nghề nghiệp, chức danh, chức"
            + " vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức"
            + " chính trị - xã hội …"), rows);
  }

  /** Writes item 31 as grids of {@value #GRID_COLUMNS} changes, as many as needed. */
  private void salaryGrid(Profile profile) {
    form.heading("31) Diễn biến quá trình lương của cán bộ, công chức");
    List<SalaryChange> changes = profile.salary().history();
    int grids = Math.max(1, (changes.size() + GRID_COLUMNS - 1) / GRID_COLUMNS);
    for (int g = 0; g < grids; g++) {
      List<String> months = new ArrayList<>(List.of("Tháng/năm"));
      List<String> steps = new ArrayList<>(List.of("Mã ngạch/bậc"));
      List<String> coefficients = new ArrayList<>(List.of("Hệ số lương"));
      for (int c = 0; c < GRID_COLUMNS; c++) {
        int index = g * GRID_COLUMNS + c;
        SalaryChange change = index < changes.size() ? changes.get(index) : null;
        months.add(change == null ? "" : text(Dates.numeric(month(change.from()))));
        steps.add(change == null ? "" : text(FormWriter.join("/",
            cell("salary.history[" + index + "].rankCode", change.rankCode()),
            change.step() == null ? null : change.step().toString())));
        coefficients.add(change == null ? "" : text(FormWriter.coefficient(change.coefficient())));
      }
      float[] widths = new float[GRID_COLUMNS + 1];
      widths[0] = 0.145f;
      for (int c = 1; c <= GRID_COLUMNS; c++) {
        widths[c] = (1 - widths[0]) / GRID_COLUMNS;
      }
      flow.ensure(PageFlow.leading(PageFlow.TABLE_SIZE) * 8);
      tables.table(widths, months, List.of(steps, coefficients));
      flow.skip(4);
    }
  }

  private void bullet(String text) {
    flow.paragraph(List.of(new Run(text, form.regular())), flow.left(), flow.right(), 0,
        PageFlow.BODY_SIZE);
  }

  private String cell(String field, @Nullable String value) {
    return value == null ? "" : check.line(field, value);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** Reduces a full date to month and year, as the salary grid prints it. */
  private static @Nullable String month(@Nullable String iso) {
    return iso != null && iso.length() == 10 ? iso.substring(0, 7) : iso;
  }

  private static void emptyRows(List<List<String>> rows, int columns) {
    if (rows.isEmpty()) {
      List<String> empty = new ArrayList<>();
      for (int i = 0; i < columns; i++) {
        empty.add("");
      }
      rows.add(empty);
      rows.add(empty);
    }
  }
}
