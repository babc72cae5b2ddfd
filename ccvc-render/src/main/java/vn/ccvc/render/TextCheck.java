package vn.ccvc.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares text for drawing. Text is normalised to NFC, because PDFBox does not position
 * combining marks. White space of every kind (tabs, no-break spaces, line separators) becomes
 * a plain space, and every character is checked against the font. Not thread-safe: one per
 * document.
 */
final class TextCheck {

  private static final char REPLACEMENT = '?';

  private final Fonts fonts;
  private final boolean replaceMissing;
  private final List<GlyphReplacement> replacements = new ArrayList<>();

  TextCheck(Fonts fonts, boolean replaceMissing) {
    this.fonts = fonts;
    this.replaceMissing = replaceMissing;
  }

  /**
   * Returns the text ready to draw on one line.
   *
   * @param field the profile field the text comes from, named in errors and reports
   * @throws RenderException with code {@value RenderException#MISSING_GLYPH_CODE} if the font
   *     cannot draw a character and replacements are off
   */
  String line(String field, String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(cp -> append(field, cp, out));
    return out.toString().trim();
  }

  List<GlyphReplacement> replacements() {
    return List.copyOf(replacements);
  }

  private void append(String field, int codePoint, StringBuilder out) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      return;
    }
    if (Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.CONTROL) {
      return;
    }
    if (fonts.canDraw(codePoint)) {
      out.appendCodePoint(codePoint);
      return;
    }
    GlyphReplacement missing = new GlyphReplacement(field, codePoint);
    if (!replaceMissing) {
      throw new RenderException(RenderException.MISSING_GLYPH_CODE, "Field " + field
          + " contains " + missing.codePointText() + " '" + new String(Character.toChars(codePoint))
          + "', which the font Liberation Serif cannot draw; correct the text, or enable"
          + " visible replacements.");
    }
    replacements.add(missing);
    out.append(REPLACEMENT);
  }
}
