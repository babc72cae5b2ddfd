package vn.ccvc.workflow.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;

/**
 * A unit's progress at a date, for the level above: one row per unit of its subtree that has
 * accounts or has no unit below it, furthest behind first, and a total over the subtree. Each
 * row counts the profiles of that unit alone, so the rows add up to the total.
 *
 * <p>"Furthest behind" is a unit without accounts first, then the lowest completion rate; ties
 * go to the unit with more profiles not yet confirmed, then to the unit listed first in the
 * tree. Instances are immutable and
 * safe to share between threads.
 *
 * @param unit the reporting unit
 * @param date the date the counts describe
 * @param deadline when the unit must be done, or null if none is set
 * @param total the counts over the unit and every unit below it
 * @param rows the units with at least one account and those with no unit below them,
 *     furthest behind first
 */
public record ProgressReport(Unit unit, LocalDate date, @Nullable LocalDate deadline,
    ProgressRow total, List<ProgressRow> rows) {

  /** Creates a report, copying the rows. */
  public ProgressReport {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(total, "total");
    rows = List.copyOf(rows);
  }

  /**
   * Counts the profiles of a unit and its sub-units.
   *
   * @param units the unit tree
   * @param unitId the reporting unit
   * @param states the profiles' states at {@code date}, such as from
   *     {@link ProfileState#replayUntil}; profiles of units outside the subtree are ignored
   * @param date the date the states describe
   * @param deadline the deadline, or null
   * @throws vn.ccvc.workflow.WorkflowException with code {@value UnitTree#INVALID_CODE} if the
   *     tree has no unit {@code unitId}
   */
  public static ProgressReport of(UnitTree units, String unitId,
      Collection<ProfileState> states, LocalDate date, @Nullable LocalDate deadline) {
    List<Unit> subtree = units.subtree(unitId);
    Map<String, List<ProfileState>> byUnit = new HashMap<>();
    for (ProfileState state : states) {
      byUnit.computeIfAbsent(state.unitId(), key -> new ArrayList<>()).add(state);
    }
    List<ProgressRow> rows = new ArrayList<>();
    List<ProfileState> all = new ArrayList<>();
    for (Unit unit : subtree) {
      List<ProfileState> own = byUnit.getOrDefault(unit.id(), List.of());
      // A unit at the bottom of the tree with no account has not started, and the level above
      // must see that. A unit with units below it may have no staff of its own.
      if (!own.isEmpty() || units.children(unit.id()).isEmpty()) {
        rows.add(ProgressRow.count(unit, own));
        all.addAll(own);
      }
    }
    rows.sort(Comparator.comparing((ProgressRow row) -> row.accounts() > 0)
        .thenComparingDouble(ProgressRow::completionRate)
        .thenComparing(Comparator.comparingInt(ProgressReport::unconfirmed).reversed()));
    return new ProgressReport(subtree.get(0), date, deadline,
        ProgressRow.count(subtree.get(0), all), rows);
  }

  /**
   * Returns the days from {@code date} to the deadline: positive while days are left, 0 on the
   * deadline, negative when overdue; empty if no deadline is set.
   */
  public OptionalLong daysLeft() {
    return deadline == null ? OptionalLong.empty()
        : OptionalLong.of(ChronoUnit.DAYS.between(date, deadline));
  }

  /** Tells whether a deadline is set and {@code date} is after it. */
  public boolean overdue() {
    return deadline != null && date.isAfter(deadline);
  }

  /**
   * Returns the report as CSV: a heading row in {@code language}, one row per unit, then the
   * total. Fields with a comma, quote or line break are quoted; lines end with {@code \n}.
   */
  public String toCsv(ReportLanguage language) {
    return ProgressFormat.csv(this, Objects.requireNonNull(language, "language"));
  }

  /** Returns the report as a text table aligned for a fixed-width font, in {@code language}. */
  public String toText(ReportLanguage language) {
    return ProgressFormat.text(this, Objects.requireNonNull(language, "language"));
  }

  private static int unconfirmed(ProgressRow row) {
    return row.accounts() - row.count(ProfileStatus.CONFIRMED);
  }
}
