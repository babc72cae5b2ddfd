package vn.ccvc.credentials;

/** An operation a logged-in person requests, as far as {@link AccountPolicy} tells them apart. */
public enum AccountOperation {

  /** Replace the password. */
  CHANGE_PASSWORD,

  /** Anything else the host offers. */
  OTHER
}
