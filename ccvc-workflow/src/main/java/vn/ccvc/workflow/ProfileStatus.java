package vn.ccvc.workflow;

/**
 * The stage of a profile in the declare, approve and sync process, with the Vietnamese label
 * the national database shows.
 */
public enum ProfileStatus {
  /** The account is issued and nothing has been saved yet. */
  NOT_STARTED("Chưa cập nhật", "Not started"),
  /** The owner is declaring or editing the profile. */
  UPDATING("Đang cập nhật", "Updating"),
  /** The owner has sent the profile for confirmation and cannot edit it now. */
  AWAITING_CONFIRMATION("Chờ xác nhận", "Awaiting confirmation"),
  /** An approver has returned the profile with a note, so the owner edits and resends it. */
  REJECTED("Từ chối", "Rejected"),
  /** An approver has confirmed the profile, and a leader can sync the confirmed version. */
  CONFIRMED("Xác nhận", "Confirmed");

  private final String labelVi;
  private final String labelEn;

  ProfileStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** Returns the Vietnamese label, such as {@code Chờ xác nhận}. */
  public String labelVi() {
    return labelVi;
  }

  /** Returns the English label, such as {@code Awaiting confirmation}. */
  public String labelEn() {
    return labelEn;
  }

  /** Returns the Vietnamese label followed by the constant name, for messages. */
  String describe() {
    return labelVi + " (" + name() + ")";
  }
}
