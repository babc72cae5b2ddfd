package vn.ccvc.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CitizenId;
import vn.ccvc.workflow.Fixtures;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.SyncState;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.WorkflowException;

/** Progress counts, rates, ordering, deadline and the CSV and text forms. */
class ProgressReportTest {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 25);
  private static final UnitTree UNITS = Fixtures.units();

  private static int nextId = 1;

  /** Returns a state in {@code status} in {@code unitId}, with its own owner. */
  private static ProfileState state(String unitId, ProfileStatus status, SyncState sync) {
    CitizenId owner = CitizenId.parse(String.format("001090%06d", nextId++));
    ProfileState base = Fixtures.inStatus(status);
    int confirmed = status == ProfileStatus.CONFIRMED ? 1 : 0;
    return new ProfileState(owner, unitId, status, base.revision(), base.profile(),
        base.confirmed(), sync, sync == SyncState.SYNC_PENDING ? confirmed : 0,
        sync == SyncState.SYNCED ? confirmed : 0, base.issuedAt(), base.updatedAt());
  }

  private static List<ProfileState> sample() {
    List<ProfileState> states = new ArrayList<>();
    // Ward: 4 accounts, 2 confirmed (1 synced), 1 awaiting, 1 not started.
    states.add(state(Fixtures.WARD, ProfileStatus.CONFIRMED, SyncState.SYNCED));
    states.add(state(Fixtures.WARD, ProfileStatus.CONFIRMED, SyncState.NOT_SYNCED));
    states.add(state(Fixtures.WARD, ProfileStatus.AWAITING_CONFIRMATION, SyncState.NOT_SYNCED));
    states.add(state(Fixtures.WARD, ProfileStatus.NOT_STARTED, SyncState.NOT_SYNCED));
    // Division: 2 accounts, none confirmed.
    states.add(state(Fixtures.DIVISION, ProfileStatus.UPDATING, SyncState.NOT_SYNCED));
    states.add(state(Fixtures.DIVISION, ProfileStatus.REJECTED, SyncState.NOT_SYNCED));
    // Department: 1 account, confirmed and pending.
    states.add(state(Fixtures.DEPARTMENT, ProfileStatus.CONFIRMED, SyncState.SYNC_PENDING));
    return states;
  }

  private static ProgressReport report(LocalDate deadline) {
    return ProgressReport.of(UNITS, Fixtures.PROVINCE, sample(), DATE, deadline);
  }

  @Test
  void total_countsSubtree() {
    ProgressRow total = report(null).total();

    assertThat(total.unit().id()).isEqualTo(Fixtures.PROVINCE);
    assertThat(total.accounts()).isEqualTo(7);
    assertThat(total.count(ProfileStatus.CONFIRMED)).isEqualTo(3);
    assertThat(total.count(ProfileStatus.NOT_STARTED)).isEqualTo(1);
    assertThat(total.count(SyncState.SYNCED)).isEqualTo(1);
    assertThat(total.count(SyncState.SYNC_PENDING)).isEqualTo(1);
    assertThat(total.count(SyncState.NOT_SYNCED)).isEqualTo(1);
    assertThat(total.completionRate()).isEqualTo(3.0 / 7);
    assertThat(total.syncRate()).isEqualTo(1.0 / 7);
  }

  @Test
  void rows_furthestBehindFirst() {
    assertThat(report(null).rows()).extracting(row -> row.unit().id()).containsExactly(
        Fixtures.DIVISION, Fixtures.WARD, Fixtures.DEPARTMENT);
  }

  @Test
  void rows_tieGoesToMoreUnconfirmed() {
    List<ProfileState> states = List.of(
        state(Fixtures.WARD, ProfileStatus.UPDATING, SyncState.NOT_SYNCED),
        state(Fixtures.DIVISION, ProfileStatus.UPDATING, SyncState.NOT_SYNCED),
        state(Fixtures.DIVISION, ProfileStatus.UPDATING, SyncState.NOT_SYNCED));
    ProgressReport report = ProgressReport.of(UNITS, Fixtures.PROVINCE, states, DATE, null);

    assertThat(report.rows()).extracting(row -> row.unit().id())
        .containsExactly(Fixtures.DIVISION, Fixtures.WARD);
  }

  @Test
  void subUnitReport_ignoresOtherBranches() {
    ProgressReport report = ProgressReport.of(UNITS, Fixtures.DEPARTMENT, sample(), DATE, null);

    assertThat(report.total().accounts()).isEqualTo(3);
    assertThat(report.rows()).extracting(row -> row.unit().id())
        .containsExactly(Fixtures.DIVISION, Fixtures.DEPARTMENT);
  }

  @Test
  void noAccounts_zeroRatesLeafRows() {
    ProgressReport report = ProgressReport.of(UNITS, Fixtures.PROVINCE, List.of(), DATE, null);

    assertThat(report.rows()).extracting(row -> row.unit().id())
        .containsExactly(Fixtures.WARD, Fixtures.DIVISION);
    assertThat(report.rows()).allMatch(row -> row.accounts() == 0);
    assertThat(report.total().accounts()).isZero();
    assertThat(report.total().completionRate()).isZero();
  }

  @Test
  void leafWithoutAccounts_listedFirst() {
    List<ProfileState> states = List.of(
        state(Fixtures.WARD, ProfileStatus.UPDATING, SyncState.NOT_SYNCED),
        state(Fixtures.DEPARTMENT, ProfileStatus.UPDATING, SyncState.NOT_SYNCED));
    ProgressReport report = ProgressReport.of(UNITS, Fixtures.PROVINCE, states, DATE, null);

    assertThat(report.rows()).extracting(row -> row.unit().id())
        .containsExactly(Fixtures.DIVISION, Fixtures.WARD, Fixtures.DEPARTMENT);
    assertThat(report.rows().get(0).accounts()).isZero();
  }

  @Test
  void deadline_daysLeftAndOverdue() {
    assertThat(report(LocalDate.of(2026, 3, 31)).daysLeft()).hasValue(6);
    assertThat(report(LocalDate.of(2026, 3, 31)).overdue()).isFalse();
    assertThat(report(LocalDate.of(2026, 3, 20)).daysLeft()).hasValue(-5);
    assertThat(report(LocalDate.of(2026, 3, 20)).overdue()).isTrue();
    assertThat(report(DATE).overdue()).isFalse();
    assertThat(report(null).daysLeft()).isEmpty();
  }

  @Test
  void unknownUnit_invalid() {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class,
        () -> ProgressReport.of(UNITS, "X", List.of(), DATE, null));

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
  }

  @Test
  void row_statusesMustAddUp() {
    IllegalArgumentException thrown = catchThrowableOfType(IllegalArgumentException.class,
        () -> new ProgressRow(UNITS.find(Fixtures.WARD).orElseThrow(), 2,
            Map.of(ProfileStatus.UPDATING, 1), Map.of()));

    assertThat(thrown).hasMessage("Unit 'HN-TM' has 2 accounts but 1 profiles counted by "
        + "status");
  }

  @Test
  void csv_english() {
    String csv = report(LocalDate.of(2026, 3, 31)).toCsv(ReportLanguage.EN);

    assertThat(csv).isEqualTo(""
        + "Unit ID,Unit,Accounts,Not started,Updating,Awaiting confirmation,Rejected,Confirmed,"
        + "Not synced,Sync pending,Synced,Sync failed,Completion,Sync rate,Report date,Deadline,"
        + "Days left\n"
        + "HN-SNV-CC,Phòng Công chức,2,0,1,0,1,0,0,0,0,0,0.0,0.0,2026-03-25,2026-03-31,6\n"
        + "HN-TM,Phường Tây Mỗ,4,1,0,1,0,2,1,0,1,0,50.0,25.0,2026-03-25,2026-03-31,6\n"
        + "HN-SNV,Sở Nội vụ,1,0,0,0,0,1,0,1,0,0,100.0,0.0,2026-03-25,2026-03-31,6\n"
        + "HN,Total,7,1,1,1,1,3,1,1,1,0,42.9,14.3,2026-03-25,2026-03-31,6\n");
  }

  @Test
  void csv_vietnameseHeadingsNoDeadline() {
    String csv = report(null).toCsv(ReportLanguage.VI);
    String[] lines = csv.split("\n");

    assertThat(lines[0]).isEqualTo("Mã đơn vị,Đơn vị,Tài khoản,Chưa cập nhật,Đang cập nhật,"
        + "Chờ xác nhận,Từ chối,Xác nhận,Chưa đồng bộ,Đang đồng bộ,Đã đồng bộ,Đồng bộ lỗi,"
        + "Tỷ lệ hoàn thành,Tỷ lệ đồng bộ,Ngày báo cáo,Hạn,Số ngày còn lại");
    assertThat(lines[4]).isEqualTo("HN,Tổng cộng,7,1,1,1,1,3,1,1,1,0,42.9,14.3,2026-03-25,,");
  }

  @Test
  void csv_quotesCommas() {
    UnitTree units = UnitTree.of(Unit.root("A", "Sở Y tế, \"Hà Nội\""));
    ProgressReport report = ProgressReport.of(units, "A",
        List.of(state("A", ProfileStatus.UPDATING, SyncState.NOT_SYNCED)), DATE, null);

    assertThat(report.toCsv(ReportLanguage.EN).split("\n")[1])
        .startsWith("A,\"Sở Y tế, \"\"Hà Nội\"\"\",1,");
  }

  @Test
  void text_vietnamese() {
    String text = report(LocalDate.of(2026, 3, 20)).toText(ReportLanguage.VI);

    assertThat(text).isEqualTo(""
        + "Tiến độ cập nhật hồ sơ: Thành phố Hà Nội\n"
        + "Ngày báo cáo: 2026-03-25\n"
        + "Hạn: 2026-03-20, quá hạn 5 ngày\n"
        + "\n"
        + "Đơn vị           Tài khoản  Chưa cập nhật  Đang cập nhật  Chờ xác nhận  Từ chối  "
        + "Xác nhận  Chưa đồng bộ  Đang đồng bộ  Đã đồng bộ  Đồng bộ lỗi  Tỷ lệ hoàn thành  "
        + "Tỷ lệ đồng bộ\n"
        + "-".repeat(175) + "\n"
        + "Phòng Công chức          2              0              1             0        1  "
        + "       0             0             0           0            0              0,0%  "
        + "         0,0%\n"
        + "Phường Tây Mỗ            4              1              0             1        0  "
        + "       2             1             0           1            0             50,0%  "
        + "        25,0%\n"
        + "Sở Nội vụ                1              0              0             0        0  "
        + "       1             0             1           0            0            100,0%  "
        + "         0,0%\n"
        + "-".repeat(175) + "\n"
        + "Tổng cộng                7              1              1             1        1  "
        + "       3             1             1           1            0             42,9%  "
        + "        14,3%\n");
  }

  @Test
  void text_englishDeadlineLeft() {
    String text = report(LocalDate.of(2026, 3, 26)).toText(ReportLanguage.EN);

    assertThat(text).startsWith("Profile update progress: Thành phố Hà Nội\n"
        + "Report date: 2026-03-25\n"
        + "Deadline: 2026-03-26, 1 day left\n\n"
        + "Unit             Accounts  Not started  Updating  Awaiting confirmation");
    assertThat(text).contains("\nTotal                   7");
    assertThat(text).contains("42.9%");
  }

  @Test
  void text_dueToday() {
    assertThat(report(DATE).toText(ReportLanguage.EN)).contains("Deadline: 2026-03-25, "
        + "due today\n");
    assertThat(report(DATE).toText(ReportLanguage.VI)).contains("Hạn: 2026-03-25, "
        + "đến hạn hôm nay\n");
  }

  @Test
  void replayUntil_feedsReport() {
    Fixtures.Path path = Fixtures.path(ProfileStatus.CONFIRMED);
    Instant beforeApproval = path.events().get(3).at();
    ProfileState then = ProfileState.replayUntil(path.events(), beforeApproval).orElseThrow();
    ProgressReport report = ProgressReport.of(UNITS, Fixtures.PROVINCE, List.of(then), DATE,
        null);

    assertThat(report.total().count(ProfileStatus.AWAITING_CONFIRMATION)).isEqualTo(1);
    assertThat(report.total().count(ProfileStatus.CONFIRMED)).isZero();
  }
}
