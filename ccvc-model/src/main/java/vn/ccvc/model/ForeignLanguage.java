package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.Submission;

/**
 * One foreign language of item 15.5.
 *
 * @param language the language, such as {@code Tiếng Anh}
 * @param level the level or certificate, such as {@code B1} or {@code IELTS 6.5}
 */
public record ForeignLanguage(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String language,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String level) {

  /** Creates an entry, normalising every text component. */
  public ForeignLanguage {
    language = Text.line(language);
    level = Text.line(level);
  }
}
