package vn.ccvc.cli;

import vn.ccvc.model.validation.ValidationReport;

/** Counts of one {@code ccvc validate} run, from which its exit status follows. Not thread-safe. */
final class Tally {

  private int profiles;
  private int validProfiles;
  private int errors;
  private int warnings;
  private int unreadable;

  /** Counts a validated profile and its violations. */
  void add(ValidationReport report) {
    profiles++;
    if (!report.hasErrors()) {
      validProfiles++;
    }
    errors += report.errors().size();
    warnings += report.warnings().size();
  }

  /** Counts an input that could not be read: a file, or one line of a {@code .jsonl} file. */
  void addUnreadable() {
    unreadable++;
  }

  int profiles() {
    return profiles;
  }

  int validProfiles() {
    return validProfiles;
  }

  int invalidProfiles() {
    return profiles - validProfiles;
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }

  int unreadable() {
    return unreadable;
  }

  /**
   * Returns the exit status: 2 when an input could not be read, else 1 when a profile has an
   * error, else 0. The highest status that applies wins.
   */
  int exitStatus() {
    if (unreadable > 0) {
      return ExitStatus.INPUT_ERROR;
    }
    return invalidProfiles() > 0 ? ExitStatus.INVALID : ExitStatus.OK;
  }
}
