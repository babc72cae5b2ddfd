package vn.ccvc.model.validation.internal;

import java.util.List;
import java.util.Set;
import vn.ccvc.model.PartialDate;
import vn.ccvc.model.Relative;

/**
 * Checks relatives' birth years in table 30a against the person's: a parent born less than 12
 * years before the person, or a child less than 12 years after, is probably a typo.
 */
final class FamilyRules {

  private static final int MIN_GENERATION_GAP = 12;
  // NOTE: these codes must match the family-relation catalogue; a host that replaces the
  // catalogue with other codes loses this warning rather than getting false ones.
  private static final Set<String> PARENTS = Set.of("CHA", "ME");
  private static final Set<String> CHILDREN = Set.of("CON");

  private FamilyRules() {}

  static void check(RuleContext rules) {
    PartialDate birth = rules.birth.orElse(null);
    if (birth == null) {
      return;
    }
    List<Relative> relatives = rules.profile.family().ownSide();
    for (int i = 0; i < relatives.size(); i++) {
      Relative relative = relatives.get(i);
      PartialDate born = Dates.parse(relative.birthYear());
      String code = relative.relationCode();
      if (born == null || code == null) {
        continue;
      }
      int gap = birth.year() - born.year();
      boolean implausible = PARENTS.contains(code) && gap < MIN_GENERATION_GAP
          || CHILDREN.contains(code) && -gap < MIN_GENERATION_GAP;
      if (implausible) {
        rules.findings.add("family.implausibleBirthYear",
            "family.ownSide[" + i + "].birthYear", "value", relative.birthYear(),
            "year", birth.year(), "gap", MIN_GENERATION_GAP);
      }
    }
  }
}
