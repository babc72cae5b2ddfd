package vn.ccvc.render;

import java.util.Objects;

/**
 * A character that the renderer did not draw as given, because the caller opted in to
 * replacements ({@link FormRenderer.Builder#replaceMissingGlyphs}). Without that option the
 * same character fails the rendering instead.
 *
 * @param field the profile field that contains the character, such as {@code identity.fullName}
 * @param codePoint the Unicode code point that was replaced or left out
 * @param reason why the character was not drawn, which also decides what was drawn instead
 */
public record GlyphReplacement(String field, int codePoint, Reason reason) {

  /** The reason a character was not drawn as given. */
  public enum Reason {
    /** The font has no glyph for the character; a visible {@code ?} is drawn in its place. */
    MISSING_GLYPH,
    /**
     * A control character (Unicode category Cc) other than tab and line breaks, such as U+0007
     * or the C1 controls U+0080 to U+009F; a visible {@code ?} is drawn in its place.
     */
    CONTROL_CHARACTER,
    /**
     * An invisible format character (Unicode category Cf), such as the zero-width space U+200B,
     * the byte order mark U+FEFF, the soft hyphen U+00AD, the zero-width non-joiner U+200C and
     * joiner U+200D, or a bidirectional mark. It is left out, because it has no visible form.
     */
    INVISIBLE_CHARACTER
  }

  /** Checks the field name and the reason. */
  public GlyphReplacement {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  /** Creates the report of a character that the font cannot draw, replaced with {@code ?}. */
  public GlyphReplacement(String field, int codePoint) {
    this(field, codePoint, Reason.MISSING_GLYPH);
  }

  /** Returns the code point in the usual {@code U+XXXX} notation. */
  public String codePointText() {
    return String.format("U+%04X", codePoint);
  }

  /** Returns what was drawn in place of the character: {@code ?}, or empty when left out. */
  public String drawn() {
    return reason == Reason.INVISIBLE_CHARACTER ? "" : "?";
  }
}
