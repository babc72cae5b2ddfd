package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;

/**
 * The 4×6 cm photo of the form's header.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param data the image bytes in Base64 (RFC 4648, no line breaks)
 */
public record Photo(
    @NotBlank(message = Constraints.PHOTO)
    @Pattern(regexp = "image/(jpeg|png)", message = Constraints.PHOTO)
    @Nullable String mediaType,
    @NotBlank(message = Constraints.PHOTO)
    @Size(max = Constraints.PHOTO_DATA, message = Constraints.PHOTO)
    @Pattern(regexp = "[A-Za-z0-9+/]*={0,2}", message = Constraints.PHOTO)
    @Nullable String data) {

  /** Creates a photo; white space inside {@code data} is removed. */
  public Photo {
    mediaType = Text.line(mediaType);
    data = data == null ? null : data.replaceAll("\\s+", "");
  }
}
