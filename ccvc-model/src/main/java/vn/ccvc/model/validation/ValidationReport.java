package vn.ccvc.model.validation;

import java.util.List;
import java.util.Objects;
import vn.ccvc.model.Profile;

/**
 * The outcome of validating one profile.
 *
 * @param profile the validated profile, with look-alike characters replaced by the Vietnamese
 *     letters they stand for; this is the version a host should store
 * @param stage the stage validated for
 * @param violations every violation found, ordered by section, then path
 */
public record ValidationReport(Profile profile, Stage stage, List<Violation> violations) {

  /** Creates a report. */
  public ValidationReport {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(stage, "stage");
    violations = List.copyOf(violations);
  }

  /** Tells whether any violation is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(Violation::isError);
  }

  /** Returns the violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).toList();
  }

  /** Returns the violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).toList();
  }

  /** Returns the distinct codes of the violations, in order of first appearance. */
  public List<String> codes() {
    return violations.stream().map(Violation::code).distinct().toList();
  }
}
