package vn.ccvc.model.json;

import java.math.BigDecimal;
import java.util.List;
import vn.ccvc.model.Award;
import vn.ccvc.model.AwardsAndDiscipline;
import vn.ccvc.model.Discipline;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Employment;
import vn.ccvc.model.Family;
import vn.ccvc.model.ForeignLanguage;
import vn.ccvc.model.HealthAndPolicy;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Membership;
import vn.ccvc.model.PartyAndMilitary;
import vn.ccvc.model.PersonalHistory;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Qualifications;
import vn.ccvc.model.Relative;
import vn.ccvc.model.Residence;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Sex;
import vn.ccvc.model.Training;
import vn.ccvc.model.WorkHistory;
import vn.ccvc.model.WorkPeriod;
import vn.ccvc.model.YearlyRating;

/**
 * Hand-written profiles for tests. {@link #full()} is the complete example of
 * {@code docs/profile-format.md}: a civil servant of a provincial finance department with a
 * value in nearly every member. Its citizen ID is made up.
 */
final class Profiles {

  /** A 1×1 PNG image, so the example carries a real Base64 photo. */
  static final String PHOTO_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
      + "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  private static final String HOME = "xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa";
  private static final String DEPARTMENT = "Sở Tài chính tỉnh Thanh Hóa";
  private static final String RANK = "01.003";

  private Profiles() {}

  /** Returns the complete example profile. */
  static Profile full() {
    return new Profile(Profile.SCHEMA_VERSION, identity(), residence(), family(),
        personalHistory(), employment(), qualifications(), workHistory(), salary(),
        awardsAndDiscipline(), partyAndMilitary(), healthAndPolicy());
  }

  private static Identity identity() {
    return new Identity("Ủy ban nhân dân tỉnh Thanh Hóa", DEPARTMENT, "38.0125",
        new Photo("image/png", PHOTO_PNG), "Nguyễn Văn Hùng", "Nguyễn", "Văn", "Hùng",
        "Nguyễn Hùng", "1975-05-15", Sex.MALE, "Xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa",
        "Xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa", "01", "00", "038075011234",
        "2021-04-20", "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "172345678",
        "Nông dân");
  }

  private static Residence residence() {
    return new Residence(
        "Số 12 đường Lê Lợi, phường Điện Biên, thành phố Thanh Hóa, tỉnh Thanh Hóa",
        "Số 8 ngõ 45 đường Nguyễn Trãi, phường Ba Đình, thành phố Thanh Hóa, tỉnh Thanh Hóa",
        "0912 345 678", "hung.nv@example.com");
  }

  private static Family family() {
    return new Family(List.of(
        new Relative("CHA", "Nguyễn Văn Bình", "1948", "Quê quán " + HOME
            + "; làm ruộng, đã nghỉ; ở tại quê"),
        new Relative("ME", "Lê Thị Lan", "1952", "Quê quán " + HOME + "; làm ruộng; ở tại quê"),
        new Relative("VO", "Trần Thị Mai", "1978", "Giáo viên Trường THCS Điện Biên\n"
            + "Đảng viên Đảng Cộng sản Việt Nam"),
        new Relative("CON", "Nguyễn Minh Anh", "2005",
            "Sinh viên Trường Đại học Kinh tế Quốc dân, Hà Nội")),
        List.of(
            new Relative("CHA_VO", "Trần Văn Toàn", "1950", "Cán bộ hưu trí; ở Thanh Hóa"),
            new Relative("ME_VO", "Phạm Thị Hoa", "1953", "Nội trợ; ở Thanh Hóa")));
  }

  private static PersonalHistory personalHistory() {
    return new PersonalHistory("Không", "Không", "Không", "Không");
  }

  private static Employment employment() {
    return new Employment(EmployeeType.CIVIL_SERVANT, "Sinh viên", "1999-09-01", DEPARTMENT,
        "Phó Trưởng phòng Quản lý ngân sách", "Bí thư chi bộ phòng Quản lý ngân sách",
        "Bí thư chi bộ", "Tham mưu quản lý ngân sách tỉnh.\n"
            + "Theo dõi quyết toán ngân sách các huyện.", "Quản lý tài chính công",
        "Chuyên viên phòng Quản lý ngân sách", "1999-09-01", "1999-09-01");
  }

  private static Qualifications qualifications() {
    return new Qualifications("12/12", "THS", "Tài chính - Ngân hàng", "Không", "CC", "CVC",
        List.of(new ForeignLanguage("Tiếng Anh", "B1")),
        "Ứng dụng công nghệ thông tin cơ bản",
        List.of(
            new Training("Học viện Tài chính", "Tài chính - Ngân hàng", "1995-09", "1999-06",
                "CQ", "Cử nhân"),
            new Training("Học viện Tài chính", "Tài chính", "2008-09", "2010-12", "VLVH",
                "Thạc sĩ"),
            new Training("Học viện Chính trị khu vực I", "Lý luận chính trị", "2015-03",
                "2016-09", "TCH", "Cao cấp lý luận chính trị")));
  }

  private static WorkHistory workHistory() {
    return new WorkHistory(List.of(
        new WorkPeriod("1993-09", "1995-09", "Chiến sĩ, Trung đoàn 1, Sư đoàn 390"),
        new WorkPeriod("1995-09", "1999-06", "Sinh viên Học viện Tài chính"),
        new WorkPeriod("1999-09", "2015-06", "Chuyên viên phòng Quản lý ngân sách, "
            + DEPARTMENT),
        new WorkPeriod("2015-07", null, "Phó Trưởng phòng Quản lý ngân sách, " + DEPARTMENT)));
  }

  private static Salary salary() {
    String[] coefficients = {"2.34", "2.67", "3.00", "3.33", "3.66", "3.99", "4.32", "4.65",
        "4.98"};
    List<SalaryChange> history = new java.util.ArrayList<>();
    for (int step = 1; step <= coefficients.length; step++) {
      String from = (1999 + 3 * (step - 1)) + "-09";
      history.add(new SalaryChange(from, RANK, step, new BigDecimal(coefficients[step - 1])));
    }
    return new Salary(RANK, 9, new BigDecimal("4.98"), "2023-09-01", 5, new BigDecimal("0.30"),
        "Phụ cấp công vụ 25%", "3898012345", history);
  }

  private static AwardsAndDiscipline awardsAndDiscipline() {
    return new AwardsAndDiscipline("Không",
        List.of(
            new Award("BANG_KHEN_BO_TINH", "2019", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh "
                + "Thanh Hóa, Quyết định số 1234/QĐ-UBND, vì thành tích xuất sắc"),
            new Award("CSTD_CO_SO", "2021", "Chiến sĩ thi đua cơ sở, Quyết định số 56/QĐ-STC")),
        List.of(new Discipline("KHIEN_TRACH", "2012-03-15", "Giám đốc " + DEPARTMENT,
            "Chậm nộp báo cáo quyết toán")),
        List.of(new YearlyRating("2023", "HTTNV"), new YearlyRating("2024", "HTXSNV"),
            new YearlyRating("2025", "HTTNV")));
  }

  private static PartyAndMilitary partyAndMilitary() {
    return new PartyAndMilitary("2003-05-19", "2004-05-19",
        List.of(new Membership("Công đoàn Việt Nam", "1999-10-01", "Đoàn viên"),
            new Membership("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "1991-09-02",
                "Bí thư chi đoàn")),
        "1993-09-01", "1995-09-01", "Thượng sĩ");
  }

  private static HealthAndPolicy healthAndPolicy() {
    return new HealthAndPolicy("Tốt", 168, new BigDecimal("62.5"), "O", null,
        "Con thương binh");
  }
}
