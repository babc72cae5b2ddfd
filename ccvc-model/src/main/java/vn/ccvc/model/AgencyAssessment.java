package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * The agency's assessment of the employee, form 2C item 32, written by the approving agency
 * rather than the employee and so kept apart from the profile's sections.
 *
 * @param text the assessment
 * @param place place of the signature line, such as {@code Nam Từ Liêm}
 * @param date date of the assessment, {@code yyyy-MM-dd}
 * @param signerName name of the head of the agency who signs
 * @param signerTitle title of the signer, such as {@code Chủ tịch}
 */
public record AgencyAssessment(
    @Nullable String text,
    @Nullable String place,
    @Nullable String date,
    @Nullable String signerName,
    @Nullable String signerTitle) {

  /** Creates an assessment, normalising every text component. */
  public AgencyAssessment {
    text = Text.block(text);
    place = Text.line(place);
    date = Text.line(date);
    signerName = Text.line(signerName);
    signerTitle = Text.line(signerTitle);
  }
}
