package vn.ccvc.render;

import java.util.List;

/**
 * The outcome of one rendering.
 *
 * @param pageCount the number of pages of the PDF
 * @param replacements characters replaced because the font has no glyph for them, in the order
 *     drawn; always empty unless replacements were enabled
 */
public record RenderReport(int pageCount, List<GlyphReplacement> replacements) {

  /** Copies the list. */
  public RenderReport {
    replacements = List.copyOf(replacements);
  }
}
