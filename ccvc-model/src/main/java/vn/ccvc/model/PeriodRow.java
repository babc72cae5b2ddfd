package vn.ccvc.model;

import org.jspecify.annotations.Nullable;

/** A table row that covers a period, given as the text of its start and end. */
public interface PeriodRow {

  /** Returns the start as written: {@code yyyy-MM}, {@code yyyy} or {@code yyyy-MM-dd}. */
  @Nullable String from();

  /** Returns the end as written, or {@code null} while the period goes on. */
  @Nullable String to();
}
