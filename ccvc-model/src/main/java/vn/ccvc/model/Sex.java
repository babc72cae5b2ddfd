package vn.ccvc.model;

/** Sex as declared in form 2C item 3 and encoded in digit 4 of the citizen ID. */
public enum Sex {
  /** Nam. */
  MALE,
  /** Nữ. */
  FEMALE
}
