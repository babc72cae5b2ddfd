package vn.ccvc.examples.samples;

import java.util.List;

/**
 * A professional track: the field an employee studied, where, for how long, and the duties and
 * strengths that follow from it.
 *
 * @param field the field of study, as written in item 15.2 and table 27
 * @param schools universities or colleges that teach it, one drawn per employee
 * @param diploma the diploma of table 27, such as {@code Cử nhân}
 * @param level the education level it leads to
 * @param studyYears length of the course in years
 * @param duties main duties of item 13
 * @param strength strengths at work of item 20
 */
record Track(String field, List<String> schools, String diploma, EducationLevel level,
    int studyYears, String duties, String strength) {

  Track {
    schools = List.copyOf(schools);
  }

  /** Education levels of item 15.2 the sample unit uses. */
  enum EducationLevel {
    /** Trung cấp. */
    VOCATIONAL,
    /** Cao đẳng. */
    COLLEGE,
    /** Đại học. */
    BACHELOR,
    /** Thạc sĩ. */
    MASTER
  }

  private static final String HANOI_LAW = "Trường Đại học Luật Hà Nội";
  private static final String ACADEMY = "Học viện Hành chính Quốc gia";
  private static final String NEU = "Trường Đại học Kinh tế Quốc dân";

  static final Track LAW = new Track("Luật", List.of(HANOI_LAW, ACADEMY), "Cử nhân",
      EducationLevel.BACHELOR, 4,
      "Tham mưu công tác tư pháp, hộ tịch, chứng thực và phổ biến pháp luật trên địa bàn phường",
      "Tư pháp, hộ tịch");
  static final Track ADMINISTRATION = new Track("Quản lý nhà nước", List.of(ACADEMY),
      "Cử nhân", EducationLevel.BACHELOR, 4,
      "Tham mưu công tác tổ chức, nội vụ, thi đua khen thưởng và cải cách hành chính",
      "Tổ chức, nội vụ");
  static final Track ECONOMICS = new Track("Kinh tế", List.of(NEU,
      "Trường Đại học Thương mại"), "Cử nhân", EducationLevel.BACHELOR, 4,
      "Tham mưu quản lý kinh tế, thương mại, dịch vụ và kế hoạch phát triển kinh tế - xã hội",
      "Kinh tế, kế hoạch");
  static final Track LAND = new Track("Quản lý đất đai", List.of(
      "Trường Đại học Tài nguyên và Môi trường Hà Nội", "Học viện Nông nghiệp Việt Nam"),
      "Kỹ sư", EducationLevel.BACHELOR, 4,
      "Tham mưu quản lý đất đai, tài nguyên và môi trường trên địa bàn phường",
      "Địa chính, đất đai");
  static final Track CONSTRUCTION = new Track("Kỹ thuật xây dựng", List.of(
      "Trường Đại học Xây dựng Hà Nội", "Trường Đại học Kiến trúc Hà Nội"), "Kỹ sư",
      EducationLevel.BACHELOR, 5,
      "Tham mưu quản lý quy hoạch, xây dựng, trật tự đô thị và hạ tầng kỹ thuật",
      "Xây dựng, đô thị");
  static final Track CULTURE = new Track("Quản lý văn hóa", List.of(
      "Trường Đại học Văn hóa Hà Nội"), "Cử nhân", EducationLevel.BACHELOR, 4,
      "Tham mưu công tác văn hóa, thông tin, thể dục thể thao và gia đình",
      "Văn hóa, thông tin");
  static final Track SOCIAL_WORK = new Track("Công tác xã hội", List.of(
      "Trường Đại học Lao động - Xã hội", "Học viện Phụ nữ Việt Nam"), "Cử nhân",
      EducationLevel.BACHELOR, 4,
      "Tham mưu công tác lao động, người có công, bảo trợ xã hội và trẻ em",
      "Lao động, chính sách xã hội");
  static final Track ACCOUNTING = new Track("Kế toán", List.of("Học viện Tài chính", NEU),
      "Cử nhân", EducationLevel.BACHELOR, 4,
      "Kế toán ngân sách và tài chính phường, lập dự toán và quyết toán ngân sách",
      "Kế toán, tài chính");
  static final Track ARCHIVES = new Track("Văn thư - Lưu trữ", List.of(
      "Trường Cao đẳng Nội vụ Hà Nội"), "Trung cấp", EducationLevel.VOCATIONAL, 2,
      "Văn thư, lưu trữ và quản lý con dấu của Ủy ban nhân dân phường", "Văn thư, lưu trữ");
  static final Track INFORMATICS = new Track("Công nghệ thông tin", List.of(
      "Trường Đại học Bách khoa Hà Nội", "Học viện Công nghệ Bưu chính Viễn thông"), "Kỹ sư",
      EducationLevel.BACHELOR, 5,
      "Quản trị hệ thống thông tin, chuyển đổi số và dịch vụ công trực tuyến của phường",
      "Công nghệ thông tin, chuyển đổi số");
  static final Track PRIMARY_TEACHING = new Track("Giáo dục Tiểu học", List.of(
      "Trường Đại học Sư phạm Hà Nội", "Trường Đại học Sư phạm Hà Nội 2"), "Cử nhân",
      EducationLevel.BACHELOR, 4, "Giảng dạy và chủ nhiệm lớp tiểu học", "Giảng dạy tiểu học");
  static final Track PRESCHOOL_TEACHING = new Track("Giáo dục Mầm non", List.of(
      "Trường Cao đẳng Sư phạm Trung ương", "Trường Đại học Thủ đô Hà Nội"), "Cao đẳng",
      EducationLevel.COLLEGE, 3, "Chăm sóc, nuôi dưỡng và giáo dục trẻ mầm non",
      "Giáo dục mầm non");
  static final Track MATHS_TEACHING = new Track("Sư phạm Toán học", List.of(
      "Trường Đại học Sư phạm Hà Nội", "Trường Đại học Giáo dục"), "Cử nhân",
      EducationLevel.BACHELOR, 4, "Giảng dạy môn Toán trung học cơ sở", "Giảng dạy Toán");
  static final Track LITERATURE_TEACHING = new Track("Sư phạm Ngữ văn", List.of(
      "Trường Đại học Sư phạm Hà Nội"), "Cử nhân", EducationLevel.BACHELOR, 4,
      "Giảng dạy môn Ngữ văn trung học cơ sở", "Giảng dạy Ngữ văn");
  static final Track MEDICINE = new Track("Y đa khoa", List.of("Trường Đại học Y Hà Nội"),
      "Bác sĩ", EducationLevel.BACHELOR, 6,
      "Khám bệnh, chữa bệnh ban đầu và quản lý sức khỏe người dân trên địa bàn",
      "Khám chữa bệnh");
  static final Track PUBLIC_HEALTH = new Track("Y tế công cộng", List.of(
      "Trường Đại học Y tế công cộng"), "Cử nhân", EducationLevel.BACHELOR, 4,
      "Phòng chống dịch bệnh, tiêm chủng và vệ sinh an toàn thực phẩm", "Y tế dự phòng");
  static final Track POPULATION = new Track("Dân số - Y tế", List.of(
      "Trường Cao đẳng Y tế Hà Nội"), "Trung cấp", EducationLevel.VOCATIONAL, 2,
      "Công tác dân số, kế hoạch hóa gia đình và chăm sóc sức khỏe sinh sản",
      "Dân số, truyền thông");
}
