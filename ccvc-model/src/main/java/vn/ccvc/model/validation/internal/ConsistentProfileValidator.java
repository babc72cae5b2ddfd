package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.ccvc.model.Profile;
import vn.ccvc.model.validation.ConsistentProfile;

/**
 * Checks {@link ConsistentProfile} by running each group of cross-field rules. A value that is
 * missing or malformed is skipped here, because its own field constraint reports it.
 */
public final class ConsistentProfileValidator
    implements ConstraintValidator<ConsistentProfile, Profile> {

  @Override
  public boolean isValid(Profile profile, ConstraintValidatorContext context) {
    if (profile == null) {
      return true;
    }
    RuleContext rules = new RuleContext(profile, CatalogAccess.catalogs(context),
        CatalogAccess.today(context));
    IdentityRules.check(rules);
    LifeEventRules.check(rules);
    PartyAndMilitaryRules.check(rules);
    SalaryRules.check(rules);
    FamilyRules.check(rules);
    DisciplineRules.check(rules);
    TextRules.check(rules);
    return rules.findings.report(context);
  }
}
