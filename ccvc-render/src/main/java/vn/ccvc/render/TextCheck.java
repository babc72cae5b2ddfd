package vn.ccvc.render;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ccvc.render.GlyphReplacement.Reason;

/**
 * Prepares text for drawing. Text is normalised to NFC, because PDFBox does not position
 * combining marks. White space of every kind (tabs, no-break spaces, line separators) becomes
 * a plain space, and every other character is checked: a control character, an invisible
 * format character or one the font cannot draw fails the rendering, or, when the caller opted
 * in, is replaced with {@code ?} or left out and reported. No character is dropped silently.
 * Not thread-safe: one per document.
 */
final class TextCheck {

  private static final char REPLACEMENT = '?';

  private final Fonts fonts;
  private final boolean replace;
  private final Set<GlyphReplacement> replacements = new LinkedHashSet<>();

  TextCheck(Fonts fonts, boolean replace) {
    this.fonts = fonts;
    this.replace = replace;
  }

  /**
   * Returns the text ready to draw on one line.
   *
   * @param field the profile field the text comes from, named in errors and reports
   * @throws RenderException with code {@value RenderException#MISSING_GLYPH_CODE} if the font
   *     cannot draw a character, or {@value RenderException#INVALID_CHARACTER_CODE} if the text
   *     has a control or invisible format character, and replacements are off
   */
  String line(String field, String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); ) {
      int codePoint = nfc.codePointAt(i);
      append(field, codePoint, out);
      i += Character.charCount(codePoint);
    }
    return out.toString().trim();
  }

  List<GlyphReplacement> replacements() {
    return List.copyOf(replacements);
  }

  /**
   * Tells whether the character is white space that is drawn as a plain space: the space
   * separators, tab, the line breaks LF, VT, FF, CR, NEL (U+0085), and the line and paragraph
   * separators. These are the characters that the model's text normalisation folds into spaces.
   */
  static boolean isSpace(int c) {
    if (c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private void append(String field, int codePoint, StringBuilder out) {
    // Printable ASCII, which Liberation Serif covers entirely, needs no font lookup.
    if (codePoint < 0x7F && codePoint > ' ') {
      out.append((char) codePoint);
      return;
    }
    if (isSpace(codePoint)) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      return;
    }
    Reason reason = reasonNotDrawn(codePoint);
    if (reason == null) {
      out.appendCodePoint(codePoint);
      return;
    }
    GlyphReplacement replacement = new GlyphReplacement(field, codePoint, reason);
    if (!replace) {
      throw rejected(replacement);
    }
    replacements.add(replacement);
    out.append(replacement.drawn());
  }

  /** Returns why the character cannot be drawn as it is, or null when it can. */
  private @Nullable Reason reasonNotDrawn(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL) {
      return Reason.CONTROL_CHARACTER;
    }
    if (type == Character.FORMAT) {
      return Reason.INVISIBLE_CHARACTER;
    }
    return fonts.canDraw(codePoint) ? null : Reason.MISSING_GLYPH;
  }

  private static RenderException rejected(GlyphReplacement found) {
    String field = found.field();
    String codePoint = found.codePointText();
    return switch (found.reason()) {
      case MISSING_GLYPH -> new RenderException(RenderException.MISSING_GLYPH_CODE, "Field "
          + field + " contains " + codePoint + " '" + Character.toString(found.codePoint())
          + "', which the font Liberation Serif cannot draw; correct the text, or enable"
          + " visible replacements.");
      case CONTROL_CHARACTER -> new RenderException(RenderException.INVALID_CHARACTER_CODE,
          "Field " + field + " contains the control character " + codePoint + " ("
              + Character.getName(found.codePoint()) + "), which the form cannot show; delete"
              + " it, or enable replacements to draw '?' in its place and report it.");
      case INVISIBLE_CHARACTER -> new RenderException(RenderException.INVALID_CHARACTER_CODE,
          "Field " + field + " contains the invisible character " + codePoint + " ("
              + Character.getName(found.codePoint()) + "), which the form cannot show; delete"
              + " it, or enable replacements to leave it out and report it.");
    };
  }
}
