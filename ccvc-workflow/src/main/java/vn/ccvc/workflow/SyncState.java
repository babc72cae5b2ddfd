package vn.ccvc.workflow;

/**
 * How far the latest confirmed version of a profile has reached the ministry's national
 * database. Each approval creates a new confirmed version that starts {@link #NOT_SYNCED}.
 */
public enum SyncState {
  /** The version has not been sent, or nothing is confirmed yet. */
  NOT_SYNCED("Chưa đồng bộ", "Not synced"),
  /** A leader has requested the sync and its outcome is not recorded yet. */
  SYNC_PENDING("Đang đồng bộ", "Sync pending"),
  /** The national database accepted the version. */
  SYNCED("Đã đồng bộ", "Synced"),
  /** The sync failed, and a leader can request it again. */
  SYNC_FAILED("Đồng bộ lỗi", "Sync failed");

  private final String labelVi;
  private final String labelEn;

  SyncState(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** Returns the Vietnamese label, such as {@code Đã đồng bộ}. */
  public String labelVi() {
    return labelVi;
  }

  /** Returns the English label, such as {@code Synced}. */
  public String labelEn() {
    return labelEn;
  }
}
