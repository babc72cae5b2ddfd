package vn.ccvc.render;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.PartialDate;

/** Dates written as Vietnamese forms write them. */
final class Dates {

  private Dates() {}

  /**
   * Formats an ISO date as {@code ngày 15 tháng 5 năm 1985}, {@code 05/1985} or {@code 1985};
   * text that is not an ISO date is returned as typed.
   */
  static @Nullable String spelled(@Nullable String iso) {
    return format(iso, true);
  }

  /** Formats an ISO date as {@code 15/05/1985}, {@code 05/1985} or {@code 1985}. */
  static @Nullable String numeric(@Nullable String iso) {
    return format(iso, false);
  }

  private static @Nullable String format(@Nullable String iso, boolean spelled) {
    if (iso == null) {
      return null;
    }
    PartialDate date;
    try {
      date = PartialDate.parse(iso);
    } catch (InvalidValueException e) {
      return iso;
    }
    int day = date.start().getDayOfMonth();
    int month = date.start().getMonthValue();
    switch (date.precision()) {
      case YEAR:
        return String.valueOf(date.year());
      case MONTH:
        return String.format("%02d/%d", month, date.year());
      default:
        return spelled
            ? "ngày " + day + " tháng " + month + " năm " + date.year()
            : String.format("%02d/%02d/%d", day, month, date.year());
    }
  }

  /** Formats a period as {@code 09/2003 - 06/2007}, or {@code 07/2025 - nay} when open. */
  static String period(@Nullable String from, @Nullable String to) {
    String start = from == null ? "" : numeric(from);
    String end = to == null ? "nay" : numeric(to);
    return start + " - " + end;
  }
}
