package vn.ccvc.model.validation;

/** The point in the workflow a profile is validated for. */
public enum Stage {
  /**
   * Saving a draft: every value present must be well formed, and missing values are fine.
   * Corresponds to the Bean Validation {@link jakarta.validation.groups.Default} group.
   */
  DRAFT,
  /**
   * Sending for confirmation: the draft rules plus completeness and consistency. Corresponds to
   * the {@link Submission} group, which extends {@link jakarta.validation.groups.Default}.
   */
  SUBMISSION
}
