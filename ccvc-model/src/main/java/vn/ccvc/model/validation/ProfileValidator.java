package vn.ccvc.model.validation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.validation.internal.ValidationEngine;

/**
 * Validates profiles for a {@link Stage} with Hibernate Validator and the SDK's catalogues.
 * Entry point of this package.
 *
 * <p>Before the rules run, look-alike characters that old code-page conversions leave in
 * Vietnamese text are replaced by the letters they stand for; the report carries the repaired
 * profile and a {@code text.lookalikeRepaired} warning for each repaired field.
 *
 * <p>A validator is immutable and safe to share between threads. Building one starts a
 * Hibernate Validator factory, which takes tens of milliseconds, so build one per configuration
 * and reuse it.
 */
public final class ProfileValidator {

  /** Codes reported as {@link Severity#WARNING} unless the builder says otherwise. */
  public static final Set<String> WARNING_CODES = Set.of(
      "citizenId.provinceUnknown", "citizenId.sexMismatch", "citizenId.birthYearMismatch",
      "salary.currentDiffersFromHistory", "party.probationTooShort", "party.admissionUnderage",
      "recruitment.underage", "family.implausibleBirthYear", "text.lookalikeRepaired",
      "text.encodingSuspect");

  private final ValidationEngine engine;

  private ProfileValidator(Builder builder) {
    Map<String, Severity> severities = new HashMap<>();
    WARNING_CODES.forEach(code -> severities.put(code, Severity.WARNING));
    severities.putAll(builder.severities);
    this.engine = new ValidationEngine(builder.catalogs, builder.clock, builder.locale,
        severities);
  }

  /** Returns a validator with the bundled catalogues, the system clock and Vietnamese messages. */
  public static ProfileValidator create() {
    return builder().build();
  }

  /** Returns a builder with the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a profile for a stage: {@link Stage#DRAFT} checks that every value present is
   * well formed, {@link Stage#SUBMISSION} also that the profile is complete and consistent.
   *
   * @return the report with the repaired profile and every violation, never null
   */
  public ValidationReport validate(Profile profile, Stage stage) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(stage, "stage");
    return engine.validate(profile, stage);
  }

  /** Builder of a {@link ProfileValidator}; not thread-safe. */
  public static final class Builder {
    private Catalogs catalogs = Catalogs.defaults();
    private Clock clock = Clock.systemDefaultZone();
    private Locale locale = Locale.forLanguageTag("vi");
    private final Map<String, Severity> severities = new HashMap<>();

    private Builder() {}

    /** Sets the catalogues codes are checked against; default {@link Catalogs#defaults()}. */
    public Builder catalogs(Catalogs catalogs) {
      this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
      return this;
    }

    /** Sets the clock that gives today's date for the rules about future dates. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the language of messages: {@code vi} (default) or {@code en}. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the severity of a code, such as raising {@code citizenId.provinceUnknown} to an
     * error for a host that trusts its ID data.
     */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Builds the validator. */
    public ProfileValidator build() {
      return new ProfileValidator(this);
    }
  }
}
