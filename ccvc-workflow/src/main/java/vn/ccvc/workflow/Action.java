package vn.ccvc.workflow;

/**
 * The action a command requests and its event records, with the role allowed to take it.
 */
public enum Action {
  /** Issue an account: the profile starts {@link ProfileStatus#NOT_STARTED}. */
  ISSUE_ACCOUNT(Role.SYSTEM, "Cấp tài khoản", "issue account"),
  /** Save the profile's current content. */
  SAVE(Role.OWNER, "Lưu", "save"),
  /** Send the profile for confirmation. */
  SUBMIT(Role.OWNER, "Gửi xác nhận", "submit"),
  /** Take the profile back from confirmation to edit it. */
  WITHDRAW(Role.OWNER, "Rút lại", "withdraw"),
  /** Confirm the profile, creating a new confirmed version. */
  APPROVE(Role.APPROVER, "Xác nhận", "approve"),
  /** Return the profile to the owner with a note. */
  REJECT(Role.APPROVER, "Từ chối", "reject"),
  /** Send the latest confirmed version to the national database. */
  REQUEST_SYNC(Role.LEADER, "Yêu cầu đồng bộ", "request sync"),
  /** Record whether the national database accepted a version. */
  RECORD_SYNC_OUTCOME(Role.SYSTEM, "Ghi kết quả đồng bộ", "record sync outcome");

  private final Role role;
  private final String labelVi;
  private final String labelEn;

  Action(Role role, String labelVi, String labelEn) {
    this.role = role;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** Returns the only role that may take this action. */
  public Role role() {
    return role;
  }

  /** Returns the Vietnamese label, such as {@code Gửi xác nhận}. */
  public String labelVi() {
    return labelVi;
  }

  /** Returns the English label in lower case, such as {@code submit}, for messages. */
  public String labelEn() {
    return labelEn;
  }
}
