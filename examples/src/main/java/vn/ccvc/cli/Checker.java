package vn.ccvc.cli;

import java.time.Clock;
import java.util.Locale;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;

/**
 * Validates one profile for a stage. The tool uses {@link ProfileValidator}; tests of the
 * output format substitute a checker whose violations they choose.
 */
@FunctionalInterface
interface Checker {

  /** Creates the SDK's validator for the given catalogues, clock and message language. */
  Factory DEFAULT_FACTORY = (catalogs, clock, locale) -> ProfileValidator.builder()
      .catalogs(catalogs)
      .clock(clock)
      .locale(locale)
      .build()::validate;

  /** Validates {@code profile} for {@code stage}. */
  ValidationReport validate(Profile profile, Stage stage);

  /** Creates a checker from the settings of one {@code ccvc validate} run. */
  @FunctionalInterface
  interface Factory {

    /** Creates a checker; {@code clock} gives today's date for the rules about dates. */
    Checker create(Catalogs catalogs, Clock clock, Locale locale);
  }
}
