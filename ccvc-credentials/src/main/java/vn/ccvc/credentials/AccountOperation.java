package vn.ccvc.credentials;

/** What a logged-in person asks to do, as far as {@link AccountPolicy} distinguishes it. */
public enum AccountOperation {

  /** Replace the password. */
  CHANGE_PASSWORD,

  /** Anything else the host offers. */
  OTHER
}
