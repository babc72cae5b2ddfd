package vn.ccvc.examples.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Sex;

/**
 * The posts of the sample unit: the ward's cadres, the civil servants of its People's Committee
 * and the public employees of the schools and the health station attached to it, 40 in all.
 */
final class Roster {

  static final String PARTY_COMMITTEE = "Đảng ủy phường Đại Mỗ";
  static final String PEOPLES_COMMITTEE = "Ủy ban nhân dân phường Đại Mỗ";
  static final String OFFICE = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ";
  static final String ECONOMY = "Phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ";
  static final String CULTURE = "Phòng Văn hóa - Xã hội phường Đại Mỗ";
  static final String SERVICE_CENTRE = "Trung tâm Phục vụ hành chính công phường Đại Mỗ";
  static final String PRESCHOOL = "Trường Mầm non Đại Mỗ";
  static final String PRIMARY = "Trường Tiểu học Đại Mỗ";
  static final String SECONDARY = "Trường Trung học cơ sở Đại Mỗ";
  static final String HEALTH_STATION = "Trạm Y tế phường Đại Mỗ";
  static final String COUNCIL = "Hội đồng nhân dân phường Đại Mỗ";
  static final String FRONT = "Ủy ban Mặt trận Tổ quốc Việt Nam phường Đại Mỗ";

  /** Civil-servant ranks and professional titles the roster uses. */
  static final String SENIOR_SPECIALIST = "01.002";
  static final String SPECIALIST = "01.003";
  static final String OFFICER = "01.004";
  static final String ACCOUNTANT = "06.031";
  static final String CLERK = "02.008";

  /** Commune civil-servant titles before 1 July 2025. */
  private static final String OFFICE_CLERK =
      "Công chức Văn phòng - Thống kê, Ủy ban nhân dân {place}";
  private static final String JUSTICE_CLERK =
      "Công chức Tư pháp - Hộ tịch, Ủy ban nhân dân {place}";
  private static final String LAND_CLERK =
      "Công chức Địa chính - Xây dựng, Ủy ban nhân dân {place}";
  private static final String CULTURE_CLERK = "Công chức Văn hóa - Xã hội, Ủy ban nhân dân {place}";
  private static final String FINANCE_CLERK =
      "Công chức Tài chính - Kế toán, Ủy ban nhân dân {place}";

  /** The day every current post began: the two-tier local government took office. */
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private static final LocalDate ANY_TIME = LocalDate.of(1990, 1, 1);

  /** Professional titles of teachers in force from 20 March 2021. */
  private static final LocalDate TEACHER_TITLES = LocalDate.of(2021, 4, 1);

  /** Health and population titles in force since 2015 and 2016. */
  private static final LocalDate HEALTH_TITLES = LocalDate.of(2016, 6, 1);

  /** Cán sự has been paid on salary type A0, not B, since 1 August 2021. */
  private static final LocalDate OFFICER_ON_A0 = LocalDate.of(2021, 8, 1);

  private Roster() {}

  /** The role of the published example person, Bùi Thị Thủy, a specialist of rank 01.003. */
  static Role publishedExample() {
    return staff("Chuyên viên Phòng Văn hóa - Xã hội phường Đại Mỗ", CULTURE, SPECIALIST,
        Track.SOCIAL_WORK, 1985, 1985).sex(Sex.FEMALE).earlier(CULTURE_CLERK).build();
  }

  /** The role of the valid profile the invalid samples are derived from; not in the unit. */
  static Role invalidBase() {
    return staff("Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ", ECONOMY,
        SPECIALIST, Track.LAND, 1986, 1990).earlier(LAND_CLERK).build();
  }

  /** The other 39 roles, in the order their files are numbered after the published example. */
  static List<Role> others() {
    List<Role> roles = new ArrayList<>();
    roles.addAll(cadres());
    roles.addAll(civilServants());
    roles.addAll(publicEmployees());
    return roles;
  }

  private static List<Role> cadres() {
    return List.of(
        cadre("Bí thư Đảng ủy phường Đại Mỗ", PARTY_COMMITTEE, Track.ADMINISTRATION, 1970, 1974)
            .earlier(OFFICE_CLERK, "Phó Chủ tịch Ủy ban nhân dân {place}",
                "Chủ tịch Ủy ban nhân dân {place}")
            .party("Bí thư Đảng ủy phường").concurrent("Chủ tịch Hội đồng nhân dân phường")
            .build(),
        cadre("Phó Bí thư Thường trực Đảng ủy phường Đại Mỗ", PARTY_COMMITTEE, Track.LAW,
            1972, 1978)
            .earlier(JUSTICE_CLERK, "Phó Bí thư Đảng ủy {place}")
            .party("Phó Bí thư Thường trực Đảng ủy phường").build(),
        cadre("Chủ tịch Ủy ban nhân dân phường Đại Mỗ", PEOPLES_COMMITTEE, Track.ECONOMICS,
            1973, 1979)
            .earlier("Chuyên viên Phòng Tài chính - Kế hoạch {district}",
                "Phó Chủ tịch Ủy ban nhân dân {place}")
            .party("Phó Bí thư Đảng ủy phường").build(),
        cadre("Phó Chủ tịch Ủy ban nhân dân phường Đại Mỗ", PEOPLES_COMMITTEE,
            Track.CONSTRUCTION, 1976, 1982)
            .earlier("Chuyên viên Phòng Quản lý đô thị {district}",
                "Phó Trưởng phòng Quản lý đô thị {district}")
            .party("Ủy viên Ban Thường vụ Đảng ủy phường").build(),
        cadre("Phó Chủ tịch Ủy ban nhân dân phường Đại Mỗ", PEOPLES_COMMITTEE,
            Track.SOCIAL_WORK, 1977, 1982)
            .sex(Sex.FEMALE).earlier(CULTURE_CLERK, "Phó Chủ tịch Ủy ban nhân dân {place}")
            .party("Ủy viên Ban Chấp hành Đảng bộ phường").build(),
        cadre("Phó Chủ tịch Hội đồng nhân dân phường Đại Mỗ", COUNCIL, Track.LAW, 1980, 1984)
            .rank(SPECIALIST, null)
            .earlier(JUSTICE_CLERK, "Phó Chủ tịch Hội đồng nhân dân {place}")
            .party("Ủy viên Ban Chấp hành Đảng bộ phường").build(),
        cadre("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường Đại Mỗ", FRONT,
            Track.CULTURE, 1971, 1977)
            .earlier(CULTURE_CLERK, "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam {place}")
            .party("Ủy viên Ban Thường vụ Đảng ủy phường").build());
  }

  private static List<Role> civilServants() {
    return List.of(
        staff("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            SENIOR_SPECIALIST, Track.ADMINISTRATION, 1975, 1980)
            .promotedFrom(SPECIALIST).leader()
            .earlier(OFFICE_CLERK, "Chuyên viên Phòng Nội vụ {district}").build(),
        staff("Phó Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            SPECIALIST, Track.LAW, 1983, 1988).leader().earlier(JUSTICE_CLERK).build(),
        staff("Chuyên viên chính Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ",
            OFFICE, SENIOR_SPECIALIST, Track.ADMINISTRATION, 1974, 1979)
            .promotedFrom(SPECIALIST).earlier(OFFICE_CLERK).reprimanded().build(),
        staff("Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            SPECIALIST, Track.ADMINISTRATION, 1986, 1993).earlier(OFFICE_CLERK).build(),
        staff("Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            SPECIALIST, Track.LAW, 1988, 1995).earlier(JUSTICE_CLERK).build(),
        staff("Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            SPECIALIST, Track.INFORMATICS, 1990, 1996)
            .earlier("Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {district}")
            .build(),
        staff("Kế toán Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            ACCOUNTANT, Track.ACCOUNTING, 1980, 1987).earlier(FINANCE_CLERK).build(),
        staff("Kế toán Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            ACCOUNTANT, Track.ACCOUNTING, 1990, 1996).earlier(FINANCE_CLERK).build(),
        staff("Văn thư Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            CLERK, Track.ARCHIVES, 1985, 1990).earlier(OFFICE_CLERK).build(),
        staff("Cán sự Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ", OFFICE,
            OFFICER, Track.ARCHIVES, 1998, 2002).from(OFFICER_ON_A0).earlier(OFFICE_CLERK)
            .build(),
        staff("Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ", ECONOMY, SENIOR_SPECIALIST,
            Track.LAND, 1974, 1980).promotedFrom(SPECIALIST).leader()
            .earlier(LAND_CLERK, "Chuyên viên Phòng Tài nguyên và Môi trường {district}").build(),
        staff("Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ", ECONOMY, SPECIALIST,
            Track.CONSTRUCTION, 1982, 1987).leader()
            .earlier("Chuyên viên Phòng Quản lý đô thị {district}").build(),
        staff("Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ", ECONOMY,
            SPECIALIST, Track.LAND, 1985, 1992).earlier(LAND_CLERK).build(),
        staff("Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ", ECONOMY, SPECIALIST,
            Track.ECONOMICS, 1989, 1996).earlier("Chuyên viên Phòng Kinh tế {district}").build(),
        staff("Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị phường Đại Mỗ", ECONOMY, SPECIALIST,
            Track.CONSTRUCTION, 1991, 1997).earlier(LAND_CLERK).build(),
        staff("Trưởng phòng Văn hóa - Xã hội phường Đại Mỗ", CULTURE,
            SENIOR_SPECIALIST, Track.CULTURE, 1976, 1981).promotedFrom(SPECIALIST).leader()
            .earlier(CULTURE_CLERK, "Chuyên viên Phòng Văn hóa và Thông tin {district}").build(),
        staff("Phó Trưởng phòng Văn hóa - Xã hội phường Đại Mỗ", CULTURE,
            SPECIALIST, Track.SOCIAL_WORK, 1983, 1988).leader().earlier(CULTURE_CLERK).build(),
        staff("Chuyên viên Phòng Văn hóa - Xã hội phường Đại Mỗ", CULTURE,
            SPECIALIST, Track.CULTURE, 1987, 1994).earlier(CULTURE_CLERK).build(),
        staff("Chuyên viên Phòng Văn hóa - Xã hội phường Đại Mỗ", CULTURE,
            SPECIALIST, Track.SOCIAL_WORK, 1990, 1997)
            .earlier("Chuyên viên Phòng Lao động - Thương binh và Xã hội {district}").build(),
        staff("Phó Giám đốc Trung tâm Phục vụ hành chính công phường Đại Mỗ", SERVICE_CENTRE,
            SPECIALIST, Track.INFORMATICS, 1984, 1989).leader()
            .earlier("Chuyên viên Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {district}")
            .build(),
        staff("Chuyên viên Trung tâm Phục vụ hành chính công phường Đại Mỗ", SERVICE_CENTRE,
            SPECIALIST, Track.LAW, 1992, 1998).earlier(JUSTICE_CLERK).build(),
        staff("Cán sự Trung tâm Phục vụ hành chính công phường Đại Mỗ", SERVICE_CENTRE, OFFICER,
            Track.ARCHIVES, 2000, 2003).from(REFORM).build());
  }

  private static List<Role> publicEmployees() {
    return List.of(
        teacher("Giáo viên Trường Mầm non Đại Mỗ", PRESCHOOL, "V.07.02.26",
            Track.PRESCHOOL_TEACHING, 1996, 2001).sex(Sex.FEMALE).build(),
        teacher("Giáo viên Trường Mầm non Đại Mỗ", PRESCHOOL, "V.07.02.26",
            Track.PRESCHOOL_TEACHING, 1997, 2002).sex(Sex.FEMALE).build(),
        teacher("Giáo viên Trường Tiểu học Đại Mỗ", PRIMARY, "V.07.03.29",
            Track.PRIMARY_TEACHING, 1995, 2000).sex(Sex.FEMALE).build(),
        teacher("Giáo viên Trường Tiểu học Đại Mỗ", PRIMARY, "V.07.03.29",
            Track.PRIMARY_TEACHING, 1996, 2001).build(),
        teacher("Giáo viên Trường Trung học cơ sở Đại Mỗ", SECONDARY, "V.07.04.32",
            Track.MATHS_TEACHING, 1994, 2000).build(),
        teacher("Giáo viên Trường Trung học cơ sở Đại Mỗ", SECONDARY, "V.07.04.32",
            Track.LITERATURE_TEACHING, 1995, 2000).sex(Sex.FEMALE).build(),
        teacher("Giáo viên Trường Trung học cơ sở Đại Mỗ", SECONDARY, "V.07.04.32",
            Track.MATHS_TEACHING, 1996, 2001).build(),
        health("Bác sĩ Trạm Y tế phường Đại Mỗ", "V.08.01.03", Track.MEDICINE, 1987, 1992)
            .build(),
        health("Viên chức Y tế công cộng, Trạm Y tế phường Đại Mỗ", "V.08.04.10",
            Track.PUBLIC_HEALTH, 1990, 1995).build(),
        health("Dân số viên, Trạm Y tế phường Đại Mỗ", "V.08.10.29", Track.POPULATION,
            1992, 1996).sex(Sex.FEMALE).build());
  }

  private static Builder cadre(String position, String unit, Track track, int from, int to) {
    return new Builder(position, unit, EmployeeType.CADRE, SENIOR_SPECIALIST, track, from, to)
        .promotedFrom(SPECIALIST).leader();
  }

  private static Builder staff(String position, String unit, String rank, Track track,
      int from, int to) {
    return new Builder(position, unit, EmployeeType.CIVIL_SERVANT, rank, track, from, to);
  }

  private static Builder teacher(String position, String unit, String title, Track track,
      int from, int to) {
    return new Builder(position, unit, EmployeeType.PUBLIC_EMPLOYEE, title, track, from, to)
        .from(TEACHER_TITLES).earlier(position + ", {district}");
  }

  private static Builder health(String position, String title, Track track, int from, int to) {
    return new Builder(position, HEALTH_STATION, EmployeeType.PUBLIC_EMPLOYEE, title, track,
        from, to).from(HEALTH_TITLES).earlier(position.replace("phường Đại Mỗ", "{place}"));
  }

  /** Collects a role's settings; the defaults suit a specialist recruited at any time. */
  private static final class Builder {
    private final String position;
    private final String unit;
    private final EmployeeType type;
    private final Track track;
    private final int minBirthYear;
    private final int maxBirthYear;
    private String rankCode;
    private @Nullable String entryRankCode;
    private @Nullable Sex sex;
    private LocalDate earliestRecruitment = ANY_TIME;
    private List<String> earlierPosts = List.of();
    private boolean leader;
    private @Nullable String partyCommitteePosts;
    private @Nullable String concurrentPositions;
    private boolean reprimanded;

    Builder(String position, String unit, EmployeeType type, String rankCode, Track track,
        int minBirthYear, int maxBirthYear) {
      this.position = position;
      this.unit = unit;
      this.type = type;
      this.rankCode = rankCode;
      this.track = track;
      this.minBirthYear = minBirthYear;
      this.maxBirthYear = maxBirthYear;
    }

    Builder rank(String rank, @Nullable String entryRank) {
      this.rankCode = rank;
      this.entryRankCode = entryRank;
      return this;
    }

    Builder promotedFrom(String entryRank) {
      this.entryRankCode = entryRank;
      return this;
    }

    Builder sex(Sex value) {
      this.sex = value;
      return this;
    }

    Builder from(LocalDate earliest) {
      this.earliestRecruitment = earliest;
      return this;
    }

    Builder earlier(String... posts) {
      this.earlierPosts = List.of(posts);
      return this;
    }

    Builder leader() {
      this.leader = true;
      return this;
    }

    Builder party(String posts) {
      this.partyCommitteePosts = posts;
      return this;
    }

    Builder concurrent(String posts) {
      this.concurrentPositions = posts;
      return this;
    }

    Builder reprimanded() {
      this.reprimanded = true;
      return this;
    }

    Role build() {
      return new Role(position, unit, type, rankCode, entryRankCode, track, sex, minBirthYear,
          maxBirthYear, earliestRecruitment, earlierPosts, leader, partyCommitteePosts,
          concurrentPositions, reprimanded);
    }
  }
}
