package vn.ccvc.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.Family;
import vn.ccvc.model.Identity;
import vn.ccvc.model.PersonalHistory;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Relative;
import vn.ccvc.model.WorkHistory;
import vn.ccvc.model.WorkPeriod;
import vn.ccvc.model.json.ProfileCodec;

/** Profiles shared by the rendering tests. */
final class TestProfiles {

  private TestProfiles() {}

  /** Reads the first profile of the sample unit from {@code profiles/}. */
  static Profile sample() {
    try (InputStream in = TestProfiles.class.getResourceAsStream(
        "/profiles/01-bui-thi-thuy.json")) {
      return ProfileCodec.create().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the sample with relatives whose names carry every kind of Vietnamese mark. */
  static Profile rich() {
    Profile p = sample();
    List<Relative> own = new ArrayList<>(p.family().ownSide());
    own.add(new Relative("ANH", "Nguyễn Văn Quỳnh", "1979",
        "Nghề nghiệp: Kỹ sư. Hưởng chế độ hưu trí."));
    own.add(new Relative("EM", "Đặng Văn Đức", "1990", "ĐIỀU DƯỠNG VIÊN"));
    return withFamily(p, new Family(own, p.family().spouseSide()));
  }

  static AgencyAssessment assessment() {
    return new AgencyAssessment("Hoàn thành tốt nhiệm vụ được giao.\nCó phẩm chất đạo đức tốt.",
        "Nam Từ Liêm", "2026-03-15", "Trần Quốc Hưng", "Chủ tịch");
  }

  static Profile withFamily(Profile p, Family family) {
    return new Profile(p.schemaVersion(), p.identity(), p.residence(), family,
        p.personalHistory(), p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }

  static Profile withWork(Profile p, WorkHistory work) {
    return new Profile(p.schemaVersion(), p.identity(), p.residence(), p.family(),
        p.personalHistory(), p.employment(), p.qualifications(), work, p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }

  static Profile withHistory(Profile p, PersonalHistory history) {
    return new Profile(p.schemaVersion(), p.identity(), p.residence(), p.family(),
        history, p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }

  static Profile withOtherNames(Profile p, String otherNames) {
    Identity i = p.identity();
    Identity changed = new Identity(i.managingAgency(), i.usingAgency(), i.staffNumber(),
        i.photo(), i.fullName(), i.familyName(), i.middleName(), i.givenName(), otherNames,
        i.birthDate(), i.sex(), i.placeOfBirth(), i.homeTown(), i.ethnicityCode(),
        i.religionCode(), i.citizenId(), i.citizenIdIssueDate(), i.citizenIdIssuePlace(),
        i.formerIdNumber(), i.familyBackground());
    return new Profile(p.schemaVersion(), changed, p.residence(), p.family(),
        p.personalHistory(), p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }

  /** Returns the sample with {@code rows} work-history rows, each long enough to wrap. */
  static Profile longWork(int rows) {
    List<WorkPeriod> entries = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      int year = 1980 + i;
      entries.add(new WorkPeriod(year + "-01", year + "-12", String.format(
          "Bắt đầu dòng %02d: chuyên viên Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường Đại "
              + "Mỗ, phụ trách lao động, người có công và bảo trợ xã hội; hết-dòng-%02d", i, i)));
    }
    return withWork(sample(), new WorkHistory(entries));
  }
}
