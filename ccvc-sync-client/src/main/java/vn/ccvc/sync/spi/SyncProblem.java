package vn.ccvc.sync.spi;

import java.util.Objects;

/**
 * One reason a record was not accepted: found by the mapping before sending, or returned by the
 * ministry.
 *
 * @param code stable code, such as {@code wire.missing} or the ministry's own error code
 * @param field wire field concerned, such as {@code ThongTinChung.NgaySinh}, or empty
 * @param message human-readable explanation, never containing a full citizen ID
 */
public record SyncProblem(String code, String field, String message) {

  /** Creates a problem, checking that no component is null. */
  public SyncProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
