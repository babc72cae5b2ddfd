package vn.ccvc.examples.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.SalaryChange;

/**
 * Builds the salary history of grid 31 from the ranks an employee held. It has one column on
 * recruitment and one per step raise, every 3 years for salary types A0 to A3 and every 2 years
 * for B and C. A promotion to a higher rank adds a column at the lowest step of the new rank
 * whose coefficient is not below the old one.
 *
 * <p>The scale of Decree 204/2004 took effect on 1 October 2004, when every employee was moved
 * onto it; for someone recruited earlier the grid starts on that day, at the step their years
 * of service had reached, and the next raise falls a full interval later.
 */
final class SalaryLadder {

  /** The day the salary scale of Decree 204/2004 took effect. */
  static final LocalDate SCALE_START = LocalDate.of(2004, 10, 1);

  private final Scale scale;
  private final LocalDate today;

  SalaryLadder(Scale scale, LocalDate today) {
    this.scale = scale;
    this.today = today;
  }

  /** Months between step raises for a salary type: 36 for A types, 24 for B and C. */
  static int intervalMonths(String salaryType) {
    return salaryType.startsWith("A") ? 36 : 24;
  }

  /**
   * Returns the last day on which a holder of {@code rankCode} recruited on {@code recruitment}
   * can still be promoted without having waited at the last step longer than one interval,
   * which would have earned a percentage beyond the scale (vượt khung) that the sample does not
   * model.
   */
  LocalDate latestPromotion(String rankCode, LocalDate recruitment) {
    String type = scale.salaryType(rankCode);
    int interval = intervalMonths(type);
    LocalDate start = recruitment.isBefore(SCALE_START) ? SCALE_START : recruitment;
    int stepsLeft = scale.maxStep(type) - startStep(type, recruitment);
    return start.plusMonths((long) interval * (stepsLeft + 1)).minusDays(1);
  }

  /**
   * Builds the grid for an employee recruited to {@code firstRank} on {@code recruitment} and,
   * when {@code promotion} is not null, promoted to {@code finalRank} on that day.
   *
   * @throws IllegalStateException if the employee would stay at the last step of a rank for
   *     longer than one interval before today
   */
  List<SalaryChange> history(String firstRank, LocalDate recruitment, String finalRank,
      @Nullable LocalDate promotion) {
    List<SalaryChange> columns = new ArrayList<>();
    String type = scale.salaryType(firstRank);
    LocalDate start = recruitment.isBefore(SCALE_START) ? SCALE_START : recruitment;
    LocalDate end = promotion != null ? promotion : today;
    climb(columns, firstRank, start, startStep(type, recruitment), end);
    if (promotion != null) {
      SalaryChange last = columns.get(columns.size() - 1);
      int step = stepAtOrAbove(scale.salaryType(finalRank), last.coefficient());
      climb(columns, finalRank, promotion, step, today);
    }
    return columns;
  }

  private void climb(List<SalaryChange> columns, String rank, LocalDate from, int firstStep,
      LocalDate end) {
    String type = scale.salaryType(rank);
    int interval = intervalMonths(type);
    int step = firstStep;
    LocalDate date = from;
    columns.add(column(date, rank, type, step));
    while (!date.plusMonths(interval).isAfter(end.minusDays(1))) {
      if (step == scale.maxStep(type)) {
        throw new IllegalStateException("rank " + rank + " reaches its last step on " + date
            + " and would go beyond the scale before " + end + "; adjust the roster");
      }
      date = date.plusMonths(interval);
      step++;
      columns.add(column(date, rank, type, step));
    }
  }

  private int startStep(String type, LocalDate recruitment) {
    if (!recruitment.isBefore(SCALE_START)) {
      return 1;
    }
    long months = java.time.temporal.ChronoUnit.MONTHS.between(recruitment, SCALE_START);
    return (int) Math.min(scale.maxStep(type), 1 + months / intervalMonths(type));
  }

  private int stepAtOrAbove(String type, @Nullable BigDecimal coefficient) {
    for (int step = 1; step <= scale.maxStep(type); step++) {
      if (coefficient == null || scale.coefficient(type, step).compareTo(coefficient) >= 0) {
        return step;
      }
    }
    throw new IllegalStateException("no step of " + type + " reaches " + coefficient);
  }

  private SalaryChange column(LocalDate date, String rank, String type, int step) {
    return new SalaryChange(date.toString(), rank, step, scale.coefficient(type, step));
  }
}
