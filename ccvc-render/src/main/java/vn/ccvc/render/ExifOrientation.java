package vn.ccvc.render;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * Reads the EXIF orientation (tag 0x0112 of IFD0) that phone cameras write into a JPEG instead
 * of turning the pixels, and turns the image upright. Values 1–8 are those of EXIF 2.3.
 */
final class ExifOrientation {

  private static final int ORIENTATION_TAG = 0x0112;

  private ExifOrientation() {}

  /** Returns the orientation 1–8, or 1 when the file has none or is not a JPEG. */
  static int read(byte[] jpeg) {
    int at = 2;
    while (at + 4 <= jpeg.length && u8(jpeg, at) == 0xFF) {
      int marker = u8(jpeg, at + 1);
      int length = (u8(jpeg, at + 2) << 8) | u8(jpeg, at + 3);
      if (marker == 0xDA || marker == 0xD9) {
        return 1;
      }
      if (marker == 0xE1 && isExif(jpeg, at + 4)) {
        return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
      }
      at += 2 + length;
    }
    return 1;
  }

  /** Returns the image turned so that orientation 1 would describe it. */
  static BufferedImage upright(BufferedImage image, int orientation) {
    int w = image.getWidth();
    int h = image.getHeight();
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
      case 7 -> t.setTransform(0, -1, -1, 0, h, w);
      case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
      default -> {
        return image;
      }
    }
    boolean swap = orientation >= 5;
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
        BufferedImage.TYPE_INT_RGB);
    new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR).filter(toRgb(image), out);
    return out;
  }

  private static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
        BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(image, 0, 0, null);
    return rgb;
  }

  private static boolean isExif(byte[] b, int at) {
    return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i'
        && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
  }

  private static int fromTiff(byte[] b, int tiff, int end) {
    if (tiff + 8 > end) {
      return 1;
    }
    boolean little = b[tiff] == 'I';
    int ifd = tiff + (int) u32(b, tiff + 4, little);
    if (ifd + 2 > end || ifd < tiff) {
      return 1;
    }
    int count = u16(b, ifd, little);
    for (int i = 0; i < count; i++) {
      int entry = ifd + 2 + i * 12;
      if (entry + 12 > end) {
        return 1;
      }
      if (u16(b, entry, little) == ORIENTATION_TAG) {
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u8(byte[] b, int at) {
    return b[at] & 0xFF;
  }

  private static int u16(byte[] b, int at, boolean little) {
    return little ? u8(b, at) | u8(b, at + 1) << 8 : u8(b, at) << 8 | u8(b, at + 1);
  }

  private static long u32(byte[] b, int at, boolean little) {
    long high = u16(b, little ? at + 2 : at, little);
    long low = u16(b, little ? at : at + 2, little);
    return high << 16 | low;
  }
}
