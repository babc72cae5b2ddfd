package vn.ccvc.model.validation.internal;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.PartialDate;

/** Parsing for rules that compare dates: a missing or invalid date is reported elsewhere. */
final class Dates {

  private Dates() {}

  /** Returns the parsed date, or null when the text is missing or not a valid date. */
  static @Nullable PartialDate parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidValueException e) {
      return null;
    }
  }
}
