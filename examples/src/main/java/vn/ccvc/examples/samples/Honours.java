package vn.ccvc.examples.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.ccvc.model.Award;
import vn.ccvc.model.AwardsAndDiscipline;
import vn.ccvc.model.Discipline;
import vn.ccvc.model.YearlyRating;

/** Draws section IX: awards, the rare disciplinary measure and the yearly ratings. */
final class Honours {

  /** The first year rated; earlier ratings are not carried into the sample. */
  private static final int FIRST_RATED_YEAR = 2020;

  private static final String EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
  private static final String GOOD = "Hoàn thành tốt nhiệm vụ";
  private static final String COMPLETED = "Hoàn thành nhiệm vụ";

  private final LocalDate today;

  Honours(LocalDate today) {
    this.today = today;
  }

  /**
   * Draws the section for an employee recruited on {@code recruitment}.
   *
   * @param disciplined whether to record a reprimand, decided in the year after the
   *     employee's fifth year of service and before 2025
   */
  AwardsAndDiscipline draw(LocalDate recruitment, boolean leader, boolean disciplined,
      SplittableRandom random) {
    List<Discipline> disciplines = new ArrayList<>();
    int reprimandYear = 0;
    if (disciplined) {
      reprimandYear = Math.min(2024, recruitment.getYear() + 5 + random.nextInt(3));
      disciplines.add(new Discipline(Codes.disciplineForm("Khiển trách"),
          LocalDate.of(reprimandYear, 3 + random.nextInt(9), 1 + random.nextInt(28)).toString(),
          "Chủ tịch Ủy ban nhân dân quận Nam Từ Liêm",
          "Để quá hạn giải quyết hồ sơ thủ tục hành chính của người dân"));
    }
    List<YearlyRating> ratings = new ArrayList<>();
    List<Award> awards = new ArrayList<>();
    int lastRated = today.getYear() - 1;
    for (int year = Math.max(FIRST_RATED_YEAR, recruitment.getYear() + 1); year <= lastRated;
        year++) {
      String rating = year == reprimandYear ? COMPLETED : rating(leader, random);
      ratings.add(new YearlyRating(String.valueOf(year), Codes.rating(rating)));
      if (rating.equals(EXCELLENT)) {
        awards.add(certificate(year));
      }
    }
    if (leader && recruitment.getYear() < 2012) {
      int year = 2015 + random.nextInt(8);
      awards.add(new Award(Codes.awardForm("Bằng khen"), String.valueOf(year),
          "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội về thành tích xuất sắc "
              + "trong công tác năm " + (year - 1)));
    }
    awards.sort(java.util.Comparator.comparing(a -> a.year()));
    return new AwardsAndDiscipline(null, awards, disciplines, ratings);
  }

  private static String rating(boolean leader, SplittableRandom random) {
    int draw = random.nextInt(100);
    if (draw < (leader ? 25 : 12)) {
      return EXCELLENT;
    }
    return draw < 92 ? GOOD : COMPLETED;
  }

  private Award certificate(int ratedYear) {
    String authority = ratedYear < 2025 ? "Chủ tịch Ủy ban nhân dân quận Nam Từ Liêm"
        : "Chủ tịch Ủy ban nhân dân phường Đại Mỗ";
    return new Award(Codes.awardForm("Giấy khen"), String.valueOf(ratedYear + 1),
        "Giấy khen của " + authority + " về thành tích hoàn thành xuất sắc nhiệm vụ năm "
            + ratedYear);
  }
}
