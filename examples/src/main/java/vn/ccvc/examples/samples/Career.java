package vn.ccvc.examples.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.SalaryChange;
import vn.ccvc.model.Training;
import vn.ccvc.model.WorkPeriod;

/**
 * Plans an employee's life from school to today: military service, studies, recruitment, the
 * posts of table 28, the training of table 27 and the salary grid 31.
 */
final class Career {

  /** The day Đại Mỗ became a ward of the new Nam Từ Liêm district. */
  static final LocalDate WARD_FORMED = LocalDate.of(2014, 4, 1);

  private static final String CADRE_SCHOOL = "Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội";
  private static final String PARTY_ACADEMY = "Học viện Chính trị quốc gia Hồ Chí Minh";

  /**
   * Military service of item 18.
   *
   * @param enlistment day of enlistment
   * @param discharge day of discharge
   * @param rank highest military rank
   */
  record Military(LocalDate enlistment, LocalDate discharge, String rank) {}

  /**
   * The planned career.
   *
   * @param recruitment recruitment date of item 11
   * @param recruitingAgency recruiting agency of item 11
   * @param occupationBeforeRecruitment item 10
   * @param military military service, or null
   * @param studyEnd the day the employee's first degree was awarded
   * @param master whether the employee has a master's degree
   * @param work table 28, oldest first
   * @param training table 27, oldest first
   * @param salary grid 31, oldest first
   */
  record Plan(LocalDate recruitment, String recruitingAgency, String occupationBeforeRecruitment,
      @Nullable Military military, LocalDate studyEnd, boolean master, List<WorkPeriod> work,
      List<Training> training, List<SalaryChange> salary) {

    Plan {
      work = List.copyOf(work);
      training = List.copyOf(training);
      salary = List.copyOf(salary);
    }
  }

  private final SalaryLadder ladder;
  private final LocalDate today;

  Career(SalaryLadder ladder, LocalDate today) {
    this.ladder = ladder;
    this.today = today;
  }

  /** Plans the career of the holder of {@code role} born on {@code birth}. */
  Plan plan(Role role, LocalDate birth, boolean mayHaveServed, boolean partyMember,
      SplittableRandom random) {
    List<WorkPeriod> work = new ArrayList<>();
    List<Training> training = new ArrayList<>();
    int schoolLeft = birth.getYear() + 18;
    Military military = null;
    if (mayHaveServed && random.nextInt(3) == 0) {
      military = serve(schoolLeft, random);
      work.add(period(military.enlistment(), military.discharge().plusMonths(1),
          "Chiến sĩ, Bộ Tư lệnh Thủ đô Hà Nội"));
    }
    int studyYear = military != null ? military.discharge().getYear()
        : schoolLeft + (random.nextInt(5) == 0 ? 1 : 0);
    LocalDate studyStart = LocalDate.of(studyYear, 9, 1);
    LocalDate studyEnd = LocalDate.of(studyYear + role.track().studyYears(), 6, 1);
    String school = Names.pick(random, role.track().schools());
    work.add(period(studyStart, studyEnd.plusMonths(1), "Sinh viên " + school));
    training.add(degree(role.track(), school, studyStart, studyEnd));

    LocalDate recruitment = recruitmentDate(role, studyEnd, random);
    LocalDate firstJob = studyEnd.plusMonths(3);
    String occupation = "Sinh viên mới tốt nghiệp";
    if (ChronoUnit.MONTHS.between(firstJob, recruitment) >= 6) {
      addPost(work, contractJob(role), firstJob, recruitment);
      occupation = "Lao động hợp đồng";
    }
    addPosts(work, role, recruitment, random);

    LocalDate promotion = null;
    if (role.entryRankCode() != null) {
      promotion = promotionDate(role, recruitment, random);
      training.add(stateManagement("chuyên viên chính", promotion.minusMonths(14), 4));
    }
    if (role.type() != EmployeeType.PUBLIC_EMPLOYEE && recruitment.isBefore(today.minusYears(3))) {
      training.add(stateManagement("chuyên viên", recruitment.plusMonths(12 + random.nextInt(12)),
          3));
    }
    // A two-year course that starts two to four years after recruitment ends before today.
    boolean master = role.track().level() == Track.EducationLevel.BACHELOR
        && random.nextInt(role.leader() ? 2 : 5) == 0
        && recruitment.isBefore(today.minusYears(7));
    if (master) {
      training.add(master(role, recruitment.plusYears(2 + random.nextInt(3)), random));
    }
    addPoliticalTheory(training, role, partyMember, recruitment, random);
    // A course that would end after today has not happened yet, so it is left out.
    training.removeIf(t -> !YearMonth.parse(t.to()).atEndOfMonth().isBefore(today));
    training.sort(Comparator.comparing(t -> YearMonth.parse(t.from())));

    List<SalaryChange> salary = ladder.history(role.firstRankCode(), recruitment,
        role.rankCode(), promotion);
    return new Plan(recruitment, recruiter(role, recruitment), occupation, military, studyEnd,
        master, work, training, salary);
  }

  private static Military serve(int schoolLeft, SplittableRandom random) {
    // A February call-up in the year after leaving school, when every conscript is at least 18.
    LocalDate enlistment =
        LocalDate.of(schoolLeft + 1 + random.nextInt(2), 2, 10 + random.nextInt(15));
    LocalDate discharge = enlistment.plusYears(2).plusDays(random.nextInt(10));
    String rank = Names.pick(random, List.of("Hạ sĩ", "Trung sĩ", "Thượng sĩ"));
    return new Military(enlistment, discharge, rank);
  }

  private LocalDate recruitmentDate(Role role, LocalDate studyEnd, SplittableRandom random) {
    LocalDate earliest = studyEnd.plusMonths(3 + random.nextInt(30)).withDayOfMonth(1);
    if (earliest.isBefore(role.earliestRecruitment())) {
      earliest = role.earliestRecruitment().plusMonths(random.nextInt(12)).withDayOfMonth(1);
    }
    LocalDate latest = today.minusMonths(2);
    if (earliest.isAfter(latest)) {
      earliest = latest.withDayOfMonth(1);
    }
    return earliest;
  }

  /** Returns the template of the contract job held before recruitment. */
  private static String contractJob(Role role) {
    if (role.type() == EmployeeType.PUBLIC_EMPLOYEE) {
      List<String> earlier = role.earlierPosts();
      return "Lao động hợp đồng: " + earlier.get(earlier.size() - 1);
    }
    return "Nhân viên hợp đồng, Ủy ban nhân dân {place}";
  }

  /** Adds the posts held since recruitment: the earlier ones, then the current one. */
  private void addPosts(List<WorkPeriod> work, Role role, LocalDate recruitment,
      SplittableRandom random) {
    LocalDate current = recruitment;
    List<String> earlier = role.earlierPosts();
    if (recruitment.isBefore(Roster.REFORM) && !earlier.isEmpty()) {
      long months = ChronoUnit.MONTHS.between(recruitment, Roster.REFORM);
      int count = (int) Math.max(1, Math.min(earlier.size(), months / 24));
      List<String> posts = earlier.subList(earlier.size() - count, earlier.size());
      LocalDate from = recruitment;
      for (int i = 0; i < posts.size(); i++) {
        LocalDate to = i == posts.size() - 1 ? Roster.REFORM
            : cut(from, Roster.REFORM, posts.size() - i, random);
        addPost(work, posts.get(i), from, to);
        from = to;
      }
      current = Roster.REFORM;
    }
    work.add(new WorkPeriod(month(current), null, role.position()));
  }

  /** Ends a post between {@code from} and {@code end}, leaving 24 months for each of the rest. */
  private static LocalDate cut(LocalDate from, LocalDate end, int postsLeft,
      SplittableRandom random) {
    long spare = ChronoUnit.MONTHS.between(from, end) - 24L * postsLeft;
    return from.plusMonths(24 + (spare > 0 ? random.nextLong(spare / postsLeft + 1) : 0));
  }

  /**
   * Adds one post, split where the commune became a ward of a new district and where the
   * district was abolished, because the post's unit was renamed on those days.
   */
  private static void addPost(List<WorkPeriod> work, String template, LocalDate from,
      LocalDate to) {
    boolean named = template.contains("{place}") || template.contains("{district}");
    LocalDate start = from;
    for (LocalDate renamed : List.of(WARD_FORMED, Roster.REFORM)) {
      if (named && start.isBefore(renamed) && to.isAfter(renamed)) {
        work.add(period(start, renamed, fill(template, start)));
        start = renamed;
      }
    }
    work.add(period(start, to, fill(template, start)));
  }

  private static String fill(String template, LocalDate on) {
    return template.replace("{place}", place(on)).replace("{district}", district(on));
  }

  private static String place(LocalDate on) {
    if (!on.isBefore(Roster.REFORM)) {
      return Places.WARD;
    }
    return on.isBefore(WARD_FORMED) ? Places.OLD_COMMUNE : Places.OLD_WARD;
  }

  /** Returns the district as named on a day. Since the reform the ward belongs to none. */
  private static String district(LocalDate on) {
    if (!on.isBefore(Roster.REFORM)) {
      return Places.WARD;
    }
    return on.isBefore(WARD_FORMED) ? "huyện Từ Liêm" : Places.DISTRICT;
  }

  private static String recruiter(Role role, LocalDate recruitment) {
    if (!recruitment.isBefore(Roster.REFORM)) {
      return Roster.PEOPLES_COMMITTEE;
    }
    if (role.unit().equals(Roster.HEALTH_STATION)) {
      return "Trung tâm Y tế quận Nam Từ Liêm";
    }
    return "Ủy ban nhân dân " + district(recruitment);
  }

  /**
   * Draws the day of promotion to the senior rank: at least nine years after recruitment, as
   * the rank requires, before 1 July 2025, and before the entry rank's scale runs out. The day
   * also falls after the salary scale took effect, so grid 31 shows the promotion as a column.
   */
  private LocalDate promotionDate(Role role, LocalDate recruitment, SplittableRandom random) {
    LocalDate earliest = recruitment.plusYears(9);
    if (!earliest.isAfter(SalaryLadder.SCALE_START)) {
      earliest = SalaryLadder.SCALE_START.plusMonths(1);
    }
    LocalDate latest = ladder.latestPromotion(role.firstRankCode(), recruitment);
    if (latest.isAfter(Roster.REFORM.minusMonths(1))) {
      latest = Roster.REFORM.minusMonths(1);
    }
    if (latest.isBefore(earliest)) {
      throw new IllegalStateException("no promotion date fits " + role.position()
          + " recruited on " + recruitment + "; adjust the roster's birth years");
    }
    long months = ChronoUnit.MONTHS.between(earliest, latest);
    return earliest.plusMonths(random.nextLong(months + 1)).withDayOfMonth(1);
  }

  private Training degree(Track track, String school, LocalDate from, LocalDate to) {
    return new Training(school, track.field(), month(from), month(to),
        Codes.trainingMode("Chính quy"), track.diploma() + " " + track.field());
  }

  private Training master(Role role, LocalDate from, SplittableRandom random) {
    String field = role.leader() ? "Quản lý công" : role.track().field();
    String school = role.leader() ? "Học viện Hành chính Quốc gia"
        : Names.pick(random, role.track().schools());
    return new Training(school, field, month(from), month(from.plusMonths(24)),
        Codes.trainingMode("Vừa làm vừa học"), "Thạc sĩ " + field);
  }

  private Training stateManagement(String programme, LocalDate from, int months) {
    return new Training(CADRE_SCHOOL, "Bồi dưỡng kiến thức quản lý nhà nước chương trình "
        + programme, month(from), month(from.plusMonths(months)), Codes.trainingMode("Bồi dưỡng"),
        "Chứng chỉ");
  }

  private void addPoliticalTheory(List<Training> training, Role role, boolean partyMember,
      LocalDate recruitment, SplittableRandom random) {
    if (!partyMember || !role.leader()) {
      return;
    }
    LocalDate from = recruitment.plusYears(3 + random.nextInt(4)).withMonth(9);
    training.add(new Training(CADRE_SCHOOL, "Trung cấp lý luận chính trị - hành chính",
        month(from), month(from.plusMonths(18)), Codes.trainingMode("Vừa làm vừa học"),
        "Bằng tốt nghiệp trung cấp"));
    if (isSenior(role)) {
      LocalDate senior = from.plusYears(5 + random.nextInt(3));
      training.add(new Training(PARTY_ACADEMY, "Cao cấp lý luận chính trị", month(senior),
          month(senior.plusMonths(24)), Codes.trainingMode("Vừa làm vừa học"),
          "Bằng tốt nghiệp cao cấp"));
    }
  }

  /** Tells whether the role's holder needs the senior political-theory diploma. */
  static boolean isSenior(Role role) {
    return role.type() == EmployeeType.CADRE;
  }

  private static WorkPeriod period(LocalDate from, LocalDate to, String description) {
    return new WorkPeriod(month(from), month(to.minusMonths(1)), description);
  }

  static String month(LocalDate date) {
    return YearMonth.from(date).toString();
  }
}
