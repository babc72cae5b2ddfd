package vn.ccvc.model.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;
import vn.ccvc.model.TextRepair;
import vn.ccvc.model.validation.Violation;

/**
 * Replaces the look-alike characters that old code-page conversions leave in Vietnamese text by
 * the letters they stand for, in every text of a profile except the photo, and reports each
 * field it changed as a {@code text.lookalikeRepaired} warning.
 */
final class LookalikeRepairer {

  static final String CODE = "text.lookalikeRepaired";

  private LookalikeRepairer() {}

  /** The repaired profile and one violation per repaired field. */
  record Result(Profile profile, List<Violation> warnings) {}

  static Result repair(Profile profile, ViolationMapper mapper) {
    List<Violation> warnings = new ArrayList<>();
    Profile repaired = RecordWalker.rewrite(profile, "", (path, component, index, text) -> {
      if (component.getDeclaringRecord() == Photo.class) {
        return text;
      }
      TextRepair repair = TextRepair.of(text);
      if (!repair.changed()) {
        return text;
      }
      TextRepair.Replacement first = repair.replacements().get(0);
      warnings.add(mapper.create(CODE, path.toString(), Map.of(
          "found", Character.toString(first.found()),
          "foundCode", String.format("U+%04X", first.found()),
          "replacement", first.letter(),
          "count", repair.replacements().size())));
      return repair.repaired();
    });
    return new Result(repaired, warnings);
  }
}
