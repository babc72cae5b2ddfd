package vn.ccvc.model;

import vn.ccvc.model.validation.ProfileValidator;

/** A model class that calls the validator, which the model's validation rule forbids. */
public final class RecordCallingValidator {

  /** Returns a validator. */
  public Object validator() {
    return ProfileValidator.create();
  }
}
