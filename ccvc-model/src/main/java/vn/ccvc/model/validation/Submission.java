package vn.ccvc.model.validation;

/**
 * Bean Validation group of the constraints that apply only when a profile is sent for
 * confirmation, such as required fields. A host that runs its own
 * {@link jakarta.validation.Validator} on the model validates {@code Default.class, Submission.class} for that stage.
 */
public interface Submission {}
