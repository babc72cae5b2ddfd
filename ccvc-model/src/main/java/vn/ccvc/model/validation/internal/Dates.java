package vn.ccvc.model.validation.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.InvalidValueException;
import vn.ccvc.model.PartialDate;

/** Parsing for rules that compare dates: a missing or invalid date is reported elsewhere. */
final class Dates {

  private Dates() {}

  /** Returns the parsed date, or empty when the text is missing or not a valid date. */
  static Optional<PartialDate> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
