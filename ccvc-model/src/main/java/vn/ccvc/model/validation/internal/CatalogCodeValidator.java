package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.catalog.CodeEntry;
import vn.ccvc.model.catalog.CodeList;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;

/** Checks {@link CatalogCode} against the validator's catalogues. */
public final class CatalogCodeValidator implements ConstraintValidator<CatalogCode, String> {

  /** Catalogues this small have their codes listed in the message. */
  private static final int MAX_CODES_LISTED = 12;

  private CatalogName catalog = CatalogName.ETHNIC_GROUPS;

  @Override
  public void initialize(CatalogCode annotation) {
    catalog = annotation.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Catalogs catalogs = CatalogAccess.catalogs(context);
    boolean known = catalog == CatalogName.RANKS
        ? catalogs.ranks().find(value).isPresent()
        : codeList(catalogs).contains(value);
    if (!known) {
      Map<String, Object> payload = new HashMap<>();
      payload.put("catalog", catalog);
      List<String> codes = catalog == CatalogName.RANKS ? List.of()
          : codeList(catalogs).entries().stream().map(CodeEntry::code).toList();
      if (!codes.isEmpty() && codes.size() <= MAX_CODES_LISTED) {
        payload.put("codes", String.join(", ", codes));
      }
      context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(payload);
    }
    return known;
  }

  private CodeList codeList(Catalogs catalogs) {
    switch (catalog) {
      case ETHNIC_GROUPS:
        return catalogs.ethnicGroups();
      case RELIGIONS:
        return catalogs.religions();
      case EDUCATION_LEVELS:
        return catalogs.educationLevels();
      case POLITICAL_THEORY_LEVELS:
        return catalogs.politicalTheoryLevels();
      case STATE_MANAGEMENT_LEVELS:
        return catalogs.stateManagementLevels();
      case TRAINING_MODES:
        return catalogs.trainingModes();
      case AWARD_FORMS:
        return catalogs.awardForms();
      case DISCIPLINE_FORMS:
        return catalogs.disciplineForms();
      case BLOOD_GROUPS:
        return catalogs.bloodGroups();
      case FAMILY_RELATIONS:
        return catalogs.familyRelations();
      case YEARLY_RATINGS:
        return catalogs.yearlyRatings();
      default:
        throw new IllegalStateException("No code list for catalogue " + catalog);
    }
  }
}
