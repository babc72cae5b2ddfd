package vn.ccvc.workflow;

/** The capacity in which an actor issues a command. */
public enum Role {
  /** The employee the profile belongs to, who declares and submits it. */
  OWNER("Người khai", "Owner"),
  /** An approver of the owner's unit, or of a unit above it that covers sub-units. */
  APPROVER("Người duyệt", "Approver"),
  /** A leader of the owner's unit, or of a unit above it that covers sub-units. */
  LEADER("Lãnh đạo", "Leader"),
  /** The host system, which issues accounts and records sync outcomes. */
  SYSTEM("Hệ thống", "System");

  private final String labelVi;
  private final String labelEn;

  Role(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  /** Returns the Vietnamese label, such as {@code Người duyệt}. */
  public String labelVi() {
    return labelVi;
  }

  /** Returns the English label, such as {@code Approver}. */
  public String labelEn() {
    return labelEn;
  }
}
