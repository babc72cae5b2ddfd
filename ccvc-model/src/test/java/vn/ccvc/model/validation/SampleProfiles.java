package vn.ccvc.model.validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.ccvc.model.Award;
import vn.ccvc.model.AwardsAndDiscipline;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Employment;
import vn.ccvc.model.Family;
import vn.ccvc.model.ForeignLanguage;
import vn.ccvc.model.HealthAndPolicy;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Membership;
import vn.ccvc.model.PartyAndMilitary;
import vn.ccvc.model.PersonalHistory;
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

/** A complete profile that passes submission validation, and the fixed clock tests use. */
final class SampleProfiles {

  /** 1 December 2026, noon in Hà Nội. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T05:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private SampleProfiles() {}

  /** Returns the published example person, a civil servant of rank 01.003 born in 1985. */
  static Profile thuy() {
    Identity identity = new Identity("Ủy ban nhân dân thành phố Hà Nội",
        "Ủy ban nhân dân phường Tây Mỗ", "HN-0123", null, "Bùi Thị Thủy", null, null, null,
        null, "1985-05-15", Sex.FEMALE, "Xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa",
        "Xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa", "01", "00", "038185011234",
        "2021-04-20", "Cục Cảnh sát quản lý hành chính về trật tự xã hội", null, null);
    Residence residence = new Residence("Số 12 ngõ 45 phố Tây Mỗ, phường Tây Mỗ, Hà Nội",
        "Số 12 ngõ 45 phố Tây Mỗ, phường Tây Mỗ, Hà Nội", "0912 345 678",
        "thuybt@taymo.hanoi.gov.vn");
    Family family = new Family(List.of(
        new Relative("CHA", "Bùi Văn Hùng", "1955", "Nông dân, Hoằng Lộc, Thanh Hóa"),
        new Relative("ME", "Lê Thị Lan", "1958", "Nông dân, Hoằng Lộc, Thanh Hóa"),
        new Relative("CHONG", "Nguyễn Văn Nam", "1983", "Kỹ sư, Công ty Điện lực Hà Nội"),
        new Relative("CON", "Nguyễn Bùi Minh An", "2012", "Học sinh")),
        List.of(new Relative("CHA_CHONG", "Nguyễn Văn Bình", "1952", "Hưu trí, Hà Nội")));
    PersonalHistory history = new PersonalHistory("Không", "Không", "Không", "Không");
    Employment employment = new Employment(EmployeeType.CIVIL_SERVANT, "Sinh viên",
        "2009-03-01", "Ủy ban nhân dân huyện Từ Liêm", "Chuyên viên Văn phòng", null, null,
        "Tổng hợp, văn thư, lưu trữ", "Hành chính, văn thư", null, "2009-03-01", null);
    Qualifications qualifications = new Qualifications("12/12", "DH", "Luật", null, "TC", "CV",
        List.of(new ForeignLanguage("Tiếng Anh", "B1")), "Ứng dụng CNTT cơ bản",
        List.of(new Training("Trường Đại học Luật Hà Nội", "Luật", "2003-09", "2007-06", "CQ",
            "Cử nhân")));
    WorkHistory work = new WorkHistory(List.of(
        new WorkPeriod("2007-07", "2009-02", "Nhân viên hợp đồng, Văn phòng UBND huyện Từ Liêm"),
        new WorkPeriod("2009-03", null, "Chuyên viên, Văn phòng UBND phường Tây Mỗ")));
    Salary salary = new Salary("01.003", 6, new BigDecimal("3.99"), "2024-03-01", null, null,
        null, "0109012345", List.of(
            change("2009-03", 1, "2.34"), change("2012-03", 2, "2.67"),
            change("2015-03", 3, "3.00"), change("2018-03", 4, "3.33"),
            change("2021-03", 5, "3.66"), change("2024-03", 6, "3.99")));
    AwardsAndDiscipline awards = new AwardsAndDiscipline(null,
        List.of(new Award("GIAY_KHEN", "2020", "Giấy khen của Chủ tịch UBND quận")), List.of(),
        List.of(new YearlyRating("2024", "HTTNV"), new YearlyRating("2025", "HTXSNV")));
    PartyAndMilitary party = new PartyAndMilitary("2010-05-19", "2011-05-19",
        List.of(new Membership("Công đoàn", "2009-03-01", "Đoàn viên")), null, null, null);
    HealthAndPolicy health = new HealthAndPolicy("Tốt", 158, new BigDecimal("50"), "O", null,
        null);
    return new Profile(Profile.SCHEMA_VERSION, identity, residence, family, history, employment,
        qualifications, work, salary, awards, party, health);
  }

  private static SalaryChange change(String from, int step, String coefficient) {
    return new SalaryChange(from, "01.003", step, new BigDecimal(coefficient));
  }
}
