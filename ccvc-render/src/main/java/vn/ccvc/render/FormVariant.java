package vn.ccvc.render;

/** The edition of the form 2C résumé to lay out. */
public enum FormVariant {
  /**
   * Form 2C-BNV/2008 items 1–32 with the extra facts of the party form 2C/TCTW-98 (family
   * background, phone, party committee posts, dates of joining the agency and the revolution,
   * longest-held job) printed inside the items they belong to.
   */
  MERGED,
  /** Form 2C-BNV/2008 items 1–32 only. */
  BNV_2008
}
