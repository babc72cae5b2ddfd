package vn.ccvc.model.internal;

/**
 * Limits and message templates shared by the constraint annotations on the model records. Each
 * template's key, less its {@code ccvc.} prefix, is the violation code the validator reports.
 */
public final class Constraints {

  /** Template of a missing required value, code {@code required}. */
  public static final String REQUIRED = "{ccvc.required}";
  /** Template of a text over its length limit, code {@code text.tooLong}. */
  public static final String TOO_LONG = "{ccvc.text.tooLong}";
  /** Template of a height or weight out of range, code {@code health.outOfRange}. */
  public static final String HEALTH_RANGE = "{ccvc.health.outOfRange}";
  /** Template of a social-insurance number that is not 10 digits. */
  public static final String SOCIAL_INSURANCE = "{ccvc.socialInsurance.format}";
  /** Template of a salary step below 1, code {@code salary.stepOutOfRange}. */
  public static final String STEP_RANGE = "{ccvc.salary.stepOutOfRange}";
  /** Template of a malformed e-mail address, code {@code email.format}. */
  public static final String EMAIL = "{ccvc.email.format}";
  /** Template of a malformed phone number, code {@code phone.format}. */
  public static final String PHONE = "{ccvc.phone.format}";
  /** Template of a photo of the wrong type or size, code {@code photo.invalid}. */
  public static final String PHOTO = "{ccvc.photo.invalid}";
  /** Template of a number with the wrong number of decimals, code {@code number.format}. */
  public static final String NUMBER = "{ccvc.number.format}";

  /** Maximum length of a person's name or a part of it, in UTF-16 units. */
  public static final int NAME = 100;
  /** Maximum length of a catalogue code or another short identifier. */
  public static final int CODE = 20;
  /** Maximum length of a one-line value such as a post or a place. */
  public static final int LINE = 300;
  /** Maximum length of a multi-line value such as the personal history. */
  public static final int BLOCK = 4000;
  /** Maximum length of a photo's Base64 data: a 1 MiB image. */
  public static final int PHOTO_DATA = 1_398_104;

  private Constraints() {}
}
