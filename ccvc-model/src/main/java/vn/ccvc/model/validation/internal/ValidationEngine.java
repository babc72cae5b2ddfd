package vn.ccvc.model.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.Submission;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/**
 * The validation behind {@link vn.ccvc.model.validation.ProfileValidator}: look-alike repair,
 * then Hibernate Validator with the catalogues as constraint-validator payload and the caller's
 * clock, then mapping to violations. Immutable and thread-safe.
 */
public final class ValidationEngine {

  private final Validator validator;
  private final ViolationMapper mapper;

  /**
   * Builds the engine and its Hibernate Validator factory.
   *
   * @param severities the severity of each code; a code not in the map is an error
   */
  public ValidationEngine(Catalogs catalogs, Clock clock, Locale locale,
      Map<String, Severity> severities) {
    // ViolationMapper formats each message from the template's code and the constraint's
    // attributes, so Hibernate Validator's interpolation would be thrown away.
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure();
    this.validator = configuration
        .addMapping(patternMapping(configuration))
        .messageInterpolator(new TemplateMessageInterpolator())
        .clockProvider(() -> clock)
        .constraintValidatorPayload(catalogs)
        .buildValidatorFactory()
        .getValidator();
    this.mapper = new ViolationMapper(MessageCatalog.forLocale(locale), Map.copyOf(severities));
  }

  /** Returns a mapping that checks {@link Pattern} with {@link PatternTextValidator}. */
  private static ConstraintMapping patternMapping(HibernateValidatorConfiguration configuration) {
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.constraintDefinition(Pattern.class)
        .includeExistingValidators(false)
        .validatedBy(PatternTextValidator.class);
    return mapping;
  }

  /** Validates a profile for a stage; see {@link vn.ccvc.model.validation.ProfileValidator}. */
  public ValidationReport validate(Profile profile, Stage stage) {
    LookalikeRepairer.Result repaired = LookalikeRepairer.repair(profile, mapper);
    // Submission extends Default, so one pass checks both stages' rules.
    Class<?> group = stage == Stage.SUBMISSION ? Submission.class : Default.class;
    Set<ConstraintViolation<Profile>> found = validator.validate(repaired.profile(), group);
    List<Violation> violations = new ArrayList<>(repaired.warnings());
    for (ConstraintViolation<Profile> violation : found) {
      violations.add(mapper.map(violation));
    }
    violations.sort(mapper.order());
    return new ValidationReport(repaired.profile(), stage, violations);
  }
}
