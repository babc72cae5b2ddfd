package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * Section II, residence and contact (Cư trú, liên hệ): items 8 and 9, phone and e-mail.
 *
 * @param permanentResidence item 8, place of permanent residence registration
 * @param currentResidence item 9, where the employee lives now
 * @param phone phone number as written
 * @param email e-mail address
 */
public record Residence(
    @Nullable String permanentResidence,
    @Nullable String currentResidence,
    @Nullable String phone,
    @Nullable String email) {

  static final Residence EMPTY = new Residence(null, null, null, null);

  /** Creates the section, normalising every text component. */
  public Residence {
    permanentResidence = Text.line(permanentResidence);
    currentResidence = Text.line(currentResidence);
    phone = Text.line(phone);
    email = Text.line(email);
  }
}
