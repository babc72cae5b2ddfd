package vn.ccvc.credentials;

/** The stage of an account on its way from the initial credential to the person's password. */
public enum AccountStatus {

  /** An initial credential was issued and has not been used. */
  AWAITING_FIRST_LOGIN,

  /** The initial credential was used; nothing but the password change is allowed. */
  PASSWORD_CHANGE_REQUIRED,

  /** The person has set a password of their own. */
  ACTIVE
}
