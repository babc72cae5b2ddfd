package vn.ccvc.model.validation;

import jakarta.validation.groups.Default;

/**
 * Bean Validation group of the constraints that apply only when a profile is sent for
 * confirmation, such as required fields. It extends {@link Default}, so validating this one
 * group checks the draft rules as well in a single pass over the profile; a host that runs its
 * own {@link jakarta.validation.Validator} on the model validates {@code Submission.class} for
 * that stage and {@code Default.class} for a draft.
 */
public interface Submission extends Default {}
