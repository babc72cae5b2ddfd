package vn.ccvc.render;

import java.util.List;

/**
 * The outcome of one rendering.
 *
 * @param pageCount the number of pages of the PDF
 * @param replacements characters replaced with {@code ?} or left out, because the font has no
 *     glyph for them or they are control or invisible format characters; each distinct field,
 *     code point and reason once, in the order first met; always empty unless replacements
 *     were enabled
 */
public record RenderReport(int pageCount, List<GlyphReplacement> replacements) {

  /** Copies the list. */
  public RenderReport {
    replacements = List.copyOf(replacements);
  }
}
