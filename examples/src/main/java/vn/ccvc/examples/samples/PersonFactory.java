package vn.ccvc.examples.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Employment;
import vn.ccvc.model.ForeignLanguage;
import vn.ccvc.model.HealthAndPolicy;
import vn.ccvc.model.Identity;
import vn.ccvc.model.PersonalHistory;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Qualifications;
import vn.ccvc.model.Residence;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Sex;
import vn.ccvc.model.Training;
import vn.ccvc.model.WorkHistory;

/**
 * Draws one employee's whole profile for a role. Citizen IDs, social-insurance numbers and full
 * names are kept unique across the unit.
 */
final class PersonFactory {

  /** The facts fixed about a person in advance; null components are drawn. */
  record Fixed(@Nullable String fullName, @Nullable Sex sex, @Nullable Integer birthYear,
      Places.@Nullable Province province, @Nullable String citizenId) {

    static final Fixed NOTHING = new Fixed(null, null, null, null, null);
  }

  private static final List<String> BACKGROUNDS = List.of(
      "Nông dân", "Nông dân", "Công nhân", "Viên chức", "Cán bộ", "Tiểu thương");

  private final LocalDate today;
  private final Career career;
  private final Relatives relatives;
  private final Honours honours;
  private final Civic civic;
  private final Set<String> citizenIds = new TreeSet<>();
  private final Set<String> insuranceNumbers = new TreeSet<>();
  private final Set<String> fullNames = new TreeSet<>();

  PersonFactory(Scale scale, LocalDate today) {
    this.today = today;
    this.career = new Career(new SalaryLadder(scale, today), today);
    this.relatives = new Relatives(today.getYear());
    this.honours = new Honours(today);
    this.civic = new Civic(today);
  }

  /** Reserves an ID so that no drawn person receives it. */
  void reserveCitizenId(String id) {
    citizenIds.add(id);
  }

  /** Draws the profile of the holder of {@code role}. */
  Profile draw(Role role, Fixed fixed, SplittableRandom random) {
    Sex sex = fixed.sex() != null ? fixed.sex()
        : role.sex() != null ? role.sex() : random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    int year = fixed.birthYear() != null ? fixed.birthYear()
        : role.minBirthYear() + random.nextInt(role.maxBirthYear() - role.minBirthYear() + 1);
    LocalDate birth = LocalDate.ofYearDay(year, 1 + random.nextInt(365));
    Places.Province province = fixed.province() != null ? fixed.province()
        : Places.birthProvince(random);
    String fullName = fixed.fullName() != null ? fixed.fullName() : uniqueName(sex, random);
    fullNames.add(fullName);
    String citizenId = fixed.citizenId() != null ? fixed.citizenId()
        : uniqueCitizenId(province.code(), sex, year, random);
    citizenIds.add(citizenId);

    boolean party = role.leader() || random.nextInt(100)
        < (role.type() == EmployeeType.PUBLIC_EMPLOYEE ? 25 : 50);
    boolean mayHaveServed = sex == Sex.MALE && year <= 1990;
    Career.Plan plan = career.plan(role, birth, mayHaveServed, party, random);
    LocalDate admission = party ? civic.admission(birth, plan, random) : null;

    String birthPlace = capitalise(province.place(random));
    String homeTown = random.nextInt(10) < 7 ? birthPlace
        : capitalise(Places.birthProvince(random).place(random));
    String address = Places.wardAddress(random);
    Identity identity = identity(role, fullName, birth, sex, birthPlace, homeTown, province,
        citizenId, random);
    Residence residence = new Residence(address, address, null,
        Names.slug(fullName).replace('-', '.') + "@example.com");
    return new Profile(Profile.SCHEMA_VERSION, identity, residence,
        relatives.draw(new Relatives.Subject(fullName, sex, year, homeTown, address), random),
        new PersonalHistory("Không", "Không", "Không", "Không"),
        employment(role, plan), qualifications(role, plan, admission != null, year),
        new WorkHistory(plan.work()), salary(plan, random),
        honours.draw(plan.recruitment(), role.leader(), role.reprimanded(), random),
        civic.section(birth, sex, plan, admission, random), health(sex, random));
  }

  private Identity identity(Role role, String fullName, LocalDate birth, Sex sex,
      String birthPlace, String homeTown, Places.Province province, String citizenId,
      SplittableRandom random) {
    String ethnicity = "Kinh";
    if (province.code().equals("017") && random.nextBoolean()) {
      ethnicity = "Mường";
    }
    String religion = "Không";
    if ((province.code().equals("036") || province.code().equals("037"))
        && random.nextInt(3) == 0) {
      religion = "Công giáo";
    } else if (random.nextInt(12) == 0) {
      religion = "Phật giáo";
    }
    LocalDate issued = LocalDate.of(2021, 3, 1).plusDays(random.nextInt(1200));
    String issuer = issued.isBefore(LocalDate.of(2024, 7, 1))
        ? "Cục Cảnh sát quản lý hành chính về trật tự xã hội" : "Bộ Công an";
    String formerId = birth.getYear() < 1995 && random.nextBoolean()
        ? "01" + digits(random, 7) : null;
    return new Identity(managingAgency(role), role.unit(), null, null, fullName, null, null,
        null, null, birth.toString(), sex, birthPlace, homeTown, Codes.ethnicity(ethnicity),
        Codes.religion(religion), citizenId, issued.toString(), issuer, formerId,
        Names.pick(random, BACKGROUNDS));
  }

  private static String managingAgency(Role role) {
    if (role.unit().equals(Roster.PARTY_COMMITTEE) || role.unit().equals(Roster.FRONT)) {
      return "Ban Thường vụ Thành ủy Hà Nội";
    }
    return role.type() == EmployeeType.CADRE ? "Ủy ban nhân dân thành phố Hà Nội"
        : Roster.PEOPLES_COMMITTEE;
  }

  private Employment employment(Role role, Career.Plan plan) {
    LocalDate joined = plan.recruitment().isBefore(Roster.REFORM) ? Roster.REFORM
        : plan.recruitment();
    LocalDate revolution = plan.military() != null ? plan.military().enlistment()
        : plan.recruitment();
    String duties = role.track().duties();
    if (role.leader()) {
      duties = "Lãnh đạo, quản lý các công việc được phân công; " + Character.toLowerCase(
          duties.charAt(0)) + duties.substring(1);
    }
    return new Employment(role.type(), plan.occupationBeforeRecruitment(),
        plan.recruitment().toString(), plan.recruitingAgency(), role.position(),
        role.concurrentPositions(), role.partyCommitteePosts(), duties,
        role.track().strength(), null, joined.toString(), revolution.toString());
  }

  private Qualifications qualifications(Role role, Career.Plan plan, boolean party,
      int birthYear) {
    Track.EducationLevel level = plan.master() ? Track.EducationLevel.MASTER
        : role.track().level();
    String field = plan.master() ? masterField(plan.training()) : role.track().field();
    String theory = null;
    String management = null;
    for (Training row : plan.training()) {
      String name = row.field() == null ? "" : row.field();
      if (name.startsWith("Cao cấp lý luận")) {
        theory = "Cao cấp";
      } else if (name.startsWith("Trung cấp lý luận") && theory == null) {
        theory = "Trung cấp";
      } else if (name.endsWith("chuyên viên chính")) {
        management = "Chuyên viên chính";
      } else if (name.endsWith("chuyên viên") && management == null) {
        management = "Chuyên viên";
      }
    }
    if (theory == null && party) {
      theory = "Sơ cấp";
    }
    boolean young = birthYear >= 1988;
    List<ForeignLanguage> languages = List.of(new ForeignLanguage("Tiếng Anh",
        young ? "Bậc 3 (B1)" : "Trình độ B"));
    String it = young ? "Chứng chỉ ứng dụng công nghệ thông tin cơ bản" : "Trình độ B";
    return new Qualifications("12/12", Codes.educationLevel(level), field, null,
        theory == null ? null : Codes.politicalTheory(theory),
        management == null ? null : Codes.stateManagement(management), languages, it,
        plan.training());
  }

  private static String masterField(List<Training> training) {
    for (Training row : training) {
      if (row.diploma() != null && row.diploma().startsWith("Thạc sĩ")) {
        return row.field() == null ? "" : row.field();
      }
    }
    throw new IllegalStateException("no master's degree in the training table");
  }

  private Salary salary(Career.Plan plan, SplittableRandom random) {
    List<SalaryChange> history = plan.salary();
    SalaryChange latest = history.get(history.size() - 1);
    String insurance = "01" + digits(random, 8);
    while (!insuranceNumbers.add(insurance)) {
      insurance = "01" + digits(random, 8);
    }
    return new Salary(latest.rankCode(), latest.step(), latest.coefficient(), latest.from(),
        null, null, null, insurance, history);
  }

  private HealthAndPolicy health(Sex sex, SplittableRandom random) {
    boolean male = sex == Sex.MALE;
    int height = male ? 160 + random.nextInt(19) : 150 + random.nextInt(16);
    int weight = male ? 55 + random.nextInt(24) : 44 + random.nextInt(19);
    // Invented shares, with O the most common group, then B, A and AB.
    int draw = random.nextInt(100);
    String blood = "AB";
    if (draw < 42) {
      blood = "O";
    } else if (draw < 72) {
      blood = "B";
    } else if (draw < 93) {
      blood = "A";
    }
    return new HealthAndPolicy("Tốt", height, BigDecimal.valueOf(weight),
        Codes.bloodGroup(blood), null, null);
  }

  private String uniqueName(Sex sex, SplittableRandom random) {
    String name = Names.full(random, Names.family(random), sex);
    while (!fullNames.add(name)) {
      name = Names.full(random, Names.family(random), sex);
    }
    return name;
  }

  /** Draws an unused ID of layout {@code PPP G YY RRRRRR} for the sex and birth year. */
  private String uniqueCitizenId(String province, Sex sex, int year, SplittableRandom random) {
    int century = year >= 2000 ? 2 : 0;
    String prefix = province + (century + (sex == Sex.FEMALE ? 1 : 0))
        + String.format(Locale.ROOT, "%02d", year % 100);
    String id = prefix + digits(random, 6);
    while (citizenIds.contains(id)) {
      id = prefix + digits(random, 6);
    }
    return id;
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
