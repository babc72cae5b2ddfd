package vn.ccvc.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.Submission;

/**
 * Section II, residence and contact (Cư trú, liên hệ): items 8 and 9, phone and e-mail.
 *
 * @param permanentResidence item 8, place of permanent residence registration
 * @param currentResidence item 9, where the employee lives now
 * @param phone phone number as written
 * @param email e-mail address
 */
public record Residence(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String permanentResidence,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String currentResidence,
    @Pattern(regexp = "\\+?[0-9][0-9 .()-]{7,19}", message = Constraints.PHONE)
    @Nullable String phone,
    @Email(message = Constraints.EMAIL)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
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
