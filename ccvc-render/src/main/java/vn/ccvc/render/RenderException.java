package vn.ccvc.render;

import vn.ccvc.model.CcvcException;

/** A profile could not be rendered; {@link #code()} returns the reason. */
public class RenderException extends CcvcException {

  private static final long serialVersionUID = 1L;

  /** Code of a character that the embedded font has no glyph for. */
  public static final String MISSING_GLYPH_CODE = "render.missingGlyph";

  /**
   * Code of a control character (other than tab and line breaks) or an invisible format
   * character, such as U+200B, in a field: the form cannot show it.
   */
  public static final String INVALID_CHARACTER_CODE = "render.invalidCharacter";

  /** Code of a photo that is not a readable JPEG or PNG, or is too large. */
  public static final String PHOTO_CODE = "render.photo";

  /** Code of a failure to write the PDF or read the font. */
  public static final String IO_CODE = "render.io";

  /**
   * Creates an exception.
   *
   * @param code one of the codes declared on this class
   * @param message what failed, on which value, and what to do
   */
  public RenderException(String code, String message) {
    super(code, message);
  }

  /**
   * Creates an exception that wraps a lower-level cause.
   *
   * @param code one of the codes declared on this class
   * @param message what failed, on which value, and what to do
   * @param cause the underlying exception
   */
  public RenderException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
