package vn.ccvc.model;

/**
 * The eleven sections of a profile, I–XI, in the national database's order, each with the name
 * of its JSON member and its Vietnamese and English titles.
 */
public enum Section {
  /** Thông tin chung. */
  I("identity", "Thông tin chung", "General information"),
  /** Cư trú, liên hệ. */
  II("residence", "Cư trú, liên hệ", "Residence and contact"),
  /** Quan hệ gia đình. */
  III("family", "Quan hệ gia đình", "Family relations"),
  /** Lịch sử bản thân. */
  IV("personalHistory", "Lịch sử bản thân", "Personal history"),
  /** Tuyển dụng, công tác hiện tại. */
  V("employment", "Tuyển dụng, công tác hiện tại", "Recruitment and current post"),
  /** Trình độ, đào tạo, bồi dưỡng. */
  VI("qualifications", "Trình độ, đào tạo, bồi dưỡng", "Qualifications and training"),
  /** Quá trình công tác. */
  VII("workHistory", "Quá trình công tác", "Work history"),
  /** Ngạch, lương, phụ cấp. */
  VIII("salary", "Ngạch, lương, phụ cấp", "Rank, salary and allowances"),
  /** Khen thưởng, kỷ luật. */
  IX("awardsAndDiscipline", "Khen thưởng, kỷ luật", "Awards and discipline"),
  /** Đảng, đoàn thể, quân ngũ. */
  X("partyAndMilitary", "Đảng, đoàn thể, quân ngũ", "Party, organisations and military service"),
  /** Sức khỏe, chính sách. */
  XI("healthAndPolicy", "Sức khỏe, chính sách", "Health and policy status");

  private final String jsonName;
  private final String titleVi;
  private final String titleEn;

  Section(String jsonName, String titleVi, String titleEn) {
    this.jsonName = jsonName;
    this.titleVi = titleVi;
    this.titleEn = titleEn;
  }

  /** Returns the name of the section's member in the profile JSON, such as {@code salary}. */
  public String jsonName() {
    return jsonName;
  }

  /** Returns the Vietnamese title. */
  public String titleVi() {
    return titleVi;
  }

  /** Returns the English title. */
  public String titleEn() {
    return titleEn;
  }

  /**
   * Returns the section whose JSON member is {@code jsonName}.
   *
   * @throws IllegalArgumentException if no section has that name
   */
  public static Section ofJsonName(String jsonName) {
    for (Section s : values()) {
      if (s.jsonName.equals(jsonName)) {
        return s;
      }
    }
    throw new IllegalArgumentException("No profile section is named '" + jsonName + "'");
  }
}
