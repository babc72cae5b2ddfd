package vn.ccvc.render;

import java.util.Objects;

/**
 * A character that the font cannot draw and that the renderer replaced with a visible
 * {@code ?}, because the caller opted in to replacements.
 *
 * @param field the profile field that contains the character, such as {@code identity.fullName}
 * @param codePoint the Unicode code point that was replaced
 */
public record GlyphReplacement(String field, int codePoint) {

  /** Checks the field name. */
  public GlyphReplacement {
    Objects.requireNonNull(field, "field");
  }

  /** Returns the code point in the usual {@code U+XXXX} notation. */
  public String codePointText() {
    return String.format("U+%04X", codePoint);
  }
}
