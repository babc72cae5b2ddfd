package vn.ccvc.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Photo;

/**
 * Turns the profile photo into an opaque 8-bit RGB image for the 4×6 cm box. Transparency is
 * flattened onto white, since PDF/A-1 allows no soft mask, and the image is scaled down to
 * about 300 dpi at the box size.
 * A JPEG's EXIF orientation is applied, so a phone photo is drawn upright.
 */
final class Photos {

  /** Largest accepted photo, decoded from Base64, in bytes. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final int MAX_WIDTH = 472;
  private static final int MAX_HEIGHT = 709;

  /** The profile field of the photo, named in every error. */
  private static final String FIELD = "identity.photo";

  private Photos() {}

  /**
   * Decodes and prepares the photo.
   *
   * @throws RenderException with code {@value RenderException#PHOTO_CODE} if the data is not
   *     Base64, is larger than {@link #MAX_BYTES}, is not a JPEG or PNG that Java can read, or
   *     is damaged or cut short (the decoder warns of truncated or corrupt data); a CMYK JPEG
   *     that Java reads without such a warning is converted to RGB rather than embedded as it is
   */
  static PDImageXObject image(PDDocument document, Photo photo) {
    byte[] bytes = decode(photo);
    BufferedImage source = read(photo, bytes);
    int orientation = ExifOrientation.read(bytes);
    try {
      if (orientation != 1) {
        source = ExifOrientation.upright(source, orientation);
      }
      if (orientation == 1 && isPlainJpeg(bytes, source)) {
        // An opaque 8-bit JPEG small enough is embedded as it is, which saves re-encoding.
        return embedJpeg(document, bytes, source);
      }
      return LosslessFactory.createFromImage(document, flatten(source));
    } catch (IOException e) {
      throw new RenderException(RenderException.IO_CODE, "Failed to embed the photo "
          + FIELD + ": " + e.getMessage() + "; check the output.", e);
    } catch (RuntimeException e) {
      // Java 2D reports colour data it cannot convert with unchecked exceptions such as
      // CMMException and ImagingOpException.
      throw invalid(photo, "its colours cannot be converted to RGB (" + describe(e) + ")", e);
    }
  }

  /**
   * Decodes the image, treating a decoder warning of truncated or corrupt data as an error.
   * Java's JPEG reader (JDK 17) otherwise returns a cut-short or garbled image without an
   * exception.
   */
  private static BufferedImage read(Photo photo, byte[] bytes) {
    String kind = jpegComponents(bytes) == 4 ? "its CMYK JPEG data" : "its data";
    List<String> damage = new ArrayList<>();
    BufferedImage image;
    // A memory cache, because ImageIO.createImageInputStream copies a stream to a temporary
    // file while Image I/O's disk cache is on, as it is by default.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      image = decode(in, damage);
    } catch (IOException | RuntimeException e) {
      throw invalid(photo, kind + " cannot be decoded (" + describe(e) + ")", e);
    }
    if (image == null) {
      throw invalid(photo, "it is not a JPEG or PNG image", null);
    }
    if (!damage.isEmpty()) {
      throw invalid(photo, kind + " is damaged or cut short (" + String.join("; ", damage)
          + ")", null);
    }
    return image;
  }

  /**
   * Decodes the first image and adds each damage warning to {@code damage}. Returns null when
   * no installed reader supports the format.
   */
  private static @Nullable BufferedImage decode(ImageInputStream in, List<String> damage)
      throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      return null;
    }
    ImageReader reader = readers.next();
    try {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener((source, warning) -> {
        if (isDamage(warning)) {
          damage.add(warning);
        }
      });
      return reader.read(0);
    } finally {
      reader.dispose();
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Tells whether a JPEG decoder warning, as Java 17 words it, reports lost image data. */
  private static boolean isDamage(String warning) {
    return warning.startsWith("Truncated File") || warning.startsWith("Corrupt JPEG data");
  }

  /**
   * Embeds a grey or RGB JPEG as it is, with the size of the decoded image. PDFBox's {@code
   * JPEGFactory} would read the JPEG's header again through Image I/O for the same facts.
   */
  private static PDImageXObject embedJpeg(PDDocument document, byte[] bytes,
      BufferedImage decoded) throws IOException {
    PDColorSpace colorSpace = jpegComponents(bytes) == 1
        ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
    return new PDImageXObject(document, new ByteArrayInputStream(bytes), COSName.DCT_DECODE,
        decoded.getWidth(), decoded.getHeight(), 8, colorSpace);
  }

  private static boolean isPlainJpeg(byte[] bytes, BufferedImage image) {
    boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    // A CMYK or YCCK JPEG (4 components) embedded as it is would be DeviceCMYK, which PDF/A-1b
    // forbids beside the sRGB output intent, so only grey and RGB JPEGs skip re-encoding.
    int components = jpeg ? jpegComponents(bytes) : 0;
    return (components == 1 || components == 3) && !image.getColorModel().hasAlpha()
        && image.getColorModel().getComponentSize(0) == 8
        && image.getWidth() <= MAX_WIDTH && image.getHeight() <= MAX_HEIGHT;
  }

  /** Returns the number of colour components in a JPEG's frame header, or 0 when none. */
  private static int jpegComponents(byte[] bytes) {
    int at = 2;
    while (at + 9 < bytes.length && (bytes[at] & 0xFF) == 0xFF) {
      int marker = bytes[at + 1] & 0xFF;
      int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
      boolean frameHeader = marker >= 0xC0 && marker <= 0xCF
          && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frameHeader) {
        return bytes[at + 9] & 0xFF;
      }
      at += 2 + length;
    }
    return 0;
  }

  private static byte[] decode(Photo photo) {
    String data = photo.data();
    if (data == null) {
      throw invalid(photo, "it has no data", null);
    }
    if (data.length() / 4L * 3 > MAX_BYTES) {
      throw invalid(photo, "it is larger than " + MAX_BYTES / 1024 / 1024 + " MB", null);
    }
    try {
      return Base64.getDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw invalid(photo, "its data is not Base64", e);
    }
  }

  private static BufferedImage flatten(BufferedImage source) {
    double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / source.getWidth(),
        (double) MAX_HEIGHT / source.getHeight()));
    int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static RenderException invalid(Photo photo, String reason,
      @Nullable Throwable cause) {
    String message = "The photo " + FIELD + " (" + photo.mediaType() + ") cannot be used because "
        + reason + "; save it again as a JPEG or PNG in RGB or grey of at most "
        + MAX_BYTES / 1024 / 1024 + " MB.";
    return cause == null
        ? new RenderException(RenderException.PHOTO_CODE, message)
        : new RenderException(RenderException.PHOTO_CODE, message, cause);
  }
}
