package vn.ccvc.examples.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Membership;
import vn.ccvc.model.PartyAndMilitary;
import vn.ccvc.model.Sex;

/**
 * Draws section X: party admission at 18 or older with official membership 12 months later,
 * the socio-political organisations, and military service.
 */
final class Civic {

  private final LocalDate today;

  Civic(LocalDate today) {
    this.today = today;
  }

  /**
   * Draws the admission date to the party, or returns null when the employee was too young
   * to be admitted and made official before today.
   */
  @Nullable LocalDate admission(LocalDate birth, Career.Plan plan, SplittableRandom random) {
    LocalDate lower = birth.plusYears(18).plusDays(1);
    if (plan.studyEnd().minusMonths(12).isAfter(lower)) {
      lower = plan.studyEnd().minusMonths(12);
    }
    if (plan.military() != null) {
      lower = plan.military().enlistment().plusMonths(12);
      if (lower.isBefore(birth.plusYears(18).plusDays(1))) {
        lower = birth.plusYears(18).plusDays(1);
      }
    }
    LocalDate upper = plan.recruitment().plusYears(8);
    if (upper.isAfter(today.minusMonths(14))) {
      upper = today.minusMonths(14);
    }
    if (!upper.isAfter(lower)) {
      return null;
    }
    return lower.plusDays(random.nextLong(ChronoUnit.DAYS.between(lower, upper)));
  }

  /** Builds the section from the admission date, which may be null for a non-member. */
  PartyAndMilitary section(LocalDate birth, Sex sex, Career.Plan plan,
      @Nullable LocalDate admission, SplittableRandom random) {
    String admitted = null;
    String official = null;
    if (admission != null) {
      admitted = admission.toString();
      official = admission.plusMonths(12).plusDays(random.nextInt(20)).toString();
    }
    Career.Military military = plan.military();
    return new PartyAndMilitary(admitted, official,
        organisations(birth, sex, plan, random),
        military == null ? null : military.enlistment().toString(),
        military == null ? null : military.discharge().toString(),
        military == null ? null : military.rank());
  }

  private List<Membership> organisations(LocalDate birth, Sex sex, Career.Plan plan,
      SplittableRandom random) {
    List<Membership> list = new ArrayList<>();
    LocalDate youth = LocalDate.of(birth.getYear() + 16, 3, 26);
    list.add(new Membership("Đoàn Thanh niên Cộng sản Hồ Chí Minh", youth.toString(),
        "Đoàn viên"));
    Career.Military military = plan.military();
    if (military != null) {
      LocalDate veterans = military.discharge().plusMonths(6 + random.nextInt(24));
      add(list, "Hội Cựu chiến binh Việt Nam", veterans, "Hội viên");
    }
    add(list, "Công đoàn Việt Nam", plan.recruitment().plusMonths(1 + random.nextInt(3)),
        "Đoàn viên công đoàn");
    if (sex == Sex.FEMALE) {
      add(list, "Hội Liên hiệp Phụ nữ Việt Nam",
          plan.recruitment().plusMonths(2 + random.nextInt(10)), "Hội viên");
    }
    return list;
  }

  private void add(List<Membership> list, String organisation, LocalDate joined, String role) {
    if (joined.isBefore(today)) {
      list.add(new Membership(organisation, joined.withDayOfMonth(1).toString(), role));
    }
  }
}
