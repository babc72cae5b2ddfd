package vn.ccvc.cli;

/** Exit statuses of every {@code ccvc} command; part of the tool's public contract. */
final class ExitStatus {

  /**
   * Success: {@code validate} found no violation of severity ERROR (warnings may be present),
   * or {@code credentials} issued a credential for every row.
   */
  static final int OK = 0;

  /**
   * At least one profile has a violation of severity ERROR, or {@code credentials} issued no
   * credential for the person or for some rows.
   */
  static final int INVALID = 1;

  /** A file could not be read or parsed, or the command line was wrong. */
  static final int INPUT_ERROR = 2;

  /** An unexpected failure inside the tool; its message suggests rerunning with --debug. */
  static final int INTERNAL_ERROR = 3;

  private ExitStatus() {}
}
