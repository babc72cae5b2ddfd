package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

/**
 * One foreign language of item 15.5.
 *
 * @param language the language, such as {@code Tiếng Anh}
 * @param level the level or certificate, such as {@code B1} or {@code IELTS 6.5}
 */
public record ForeignLanguage(@Nullable String language, @Nullable String level) {

  /** Creates an entry, normalising every text component. */
  public ForeignLanguage {
    language = Text.line(language);
    level = Text.line(level);
  }
}
