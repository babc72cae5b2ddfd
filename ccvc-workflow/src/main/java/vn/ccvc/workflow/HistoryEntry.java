package vn.ccvc.workflow;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a profile's update history (Lịch sử cập nhật). {@link #toString()} masks the
 * actor's citizen ID.
 *
 * @param at when it happened
 * @param actor who did it
 * @param role the capacity in which they did it
 * @param action what they did
 * @param from the profile's status before
 * @param to the profile's status after
 * @param revision the state's revision after
 * @param version for an approval or sync, the confirmed version it concerns; otherwise the
 *     latest confirmed version, 0 if none
 * @param note the rejection note or the sync outcome's detail, or null
 */
public record HistoryEntry(Instant at, Actor actor, Role role, Action action,
    ProfileStatus from, ProfileStatus to, long revision, int version, @Nullable String note) {

  /** Creates an entry. */
  public HistoryEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
