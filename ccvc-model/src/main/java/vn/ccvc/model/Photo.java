package vn.ccvc.model;

import vn.ccvc.model.internal.Text;

/**
 * The 4×6 cm photo of the form's header.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param data the image bytes in Base64 (RFC 4648, no line breaks)
 */
public record Photo(String mediaType, String data) {

  /** Creates a photo; white space inside {@code data} is removed. */
  public Photo {
    mediaType = Text.line(mediaType);
    data = data == null ? null : data.replaceAll("\\s+", "");
  }
}
