package vn.ccvc.model.validation;

/** How much a {@link Violation} matters. */
public enum Severity {
  /** Blocks sending the profile for confirmation, and saving at the draft stage. */
  ERROR,
  /** Informs: probably a typo, but the profile may still be sent. */
  WARNING
}
