package vn.ccvc.workflow.report;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.SyncState;
import vn.ccvc.workflow.Unit;

/**
 * The progress counts of one unit, or of a whole subtree for a report's total.
 *
 * @param unit the unit
 * @param accounts accounts issued: profiles in any status
 * @param statuses number of profiles in each status, every status present
 * @param syncStates number of profiles in each sync state of their latest confirmed version,
 *     every state present. Profiles never confirmed are not counted.
 */
public record ProgressRow(Unit unit, int accounts, Map<ProfileStatus, Integer> statuses,
    Map<SyncState, Integer> syncStates) {

  /**
   * Creates a row, copying the maps and filling absent keys with 0.
   *
   * @throws IllegalArgumentException if a count is negative or the statuses do not add up to
   *     {@code accounts}
   */
  public ProgressRow {
    Objects.requireNonNull(unit, "unit");
    statuses = complete(statuses, ProfileStatus.class);
    syncStates = complete(syncStates, SyncState.class);
    int sum = statuses.values().stream().mapToInt(Integer::intValue).sum();
    if (accounts < 0 || sum != accounts) {
      throw new IllegalArgumentException("Unit '" + unit.id() + "' has " + accounts
          + " accounts but " + sum + " profiles counted by status");
    }
  }

  /** Counts the given profiles, which the caller has chosen for {@code unit}. */
  public static ProgressRow count(Unit unit, Collection<ProfileState> states) {
    Map<ProfileStatus, Integer> statuses = new EnumMap<>(ProfileStatus.class);
    Map<SyncState, Integer> syncStates = new EnumMap<>(SyncState.class);
    for (ProfileState state : states) {
      statuses.merge(state.status(), 1, Integer::sum);
      if (state.confirmedVersion() > 0) {
        syncStates.merge(state.syncState(), 1, Integer::sum);
      }
    }
    return new ProgressRow(unit, states.size(), statuses, syncStates);
  }

  /** Returns the number of profiles in {@code status}. */
  public int count(ProfileStatus status) {
    return statuses.get(status);
  }

  /** Returns the number of profiles whose latest confirmed version is in {@code state}. */
  public int count(SyncState state) {
    return syncStates.get(state);
  }

  /**
   * Returns the completion rate: profiles {@link ProfileStatus#CONFIRMED} divided by accounts,
   * from 0 to 1, or 0 when there are no accounts. A confirmed profile the owner is editing
   * again counts as not complete until it is confirmed anew.
   */
  public double completionRate() {
    return rate(count(ProfileStatus.CONFIRMED));
  }

  /**
   * Returns the sync rate: profiles whose latest confirmed version is {@link SyncState#SYNCED}
   * divided by accounts, from 0 to 1, or 0 when there are no accounts.
   */
  public double syncRate() {
    return rate(count(SyncState.SYNCED));
  }

  private double rate(int count) {
    return accounts == 0 ? 0 : (double) count / accounts;
  }

  private static <K extends Enum<K>> Map<K, Integer> complete(Map<K, Integer> counts,
      Class<K> type) {
    Map<K, Integer> all = new EnumMap<>(type);
    for (K key : type.getEnumConstants()) {
      int count = counts.getOrDefault(key, 0);
      if (count < 0) {
        throw new IllegalArgumentException("Count of " + key + " is negative: " + count);
      }
      all.put(key, count);
    }
    return Collections.unmodifiableMap(all);
  }
}
