package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;

class PhotoTest {

  private final FormRenderer renderer = FormRenderer.builder()
      .reproducible(Instant.parse("2026-01-01T00:00:00Z")).build();

  @Test
  void transparentPng_flattenedAndPdfAValid(@TempDir Path folder) throws Exception {
    BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(20, 60, 160, 128));
    g.fillOval(50, 50, 200, 300);
    g.dispose();
    File pdf = folder.resolve("photo.pdf").toFile();

    renderer.render(withPhoto("image/png", encode(image, "png")), null, pdf.toPath());

    ValidationResult result = PreflightParser.validate(pdf);
    assertThat(result.getErrorsList()).isEmpty();
  }

  @Test
  void sixteenBitPng_reducedToEightBits() throws Exception {
    BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_USHORT_GRAY);
    byte[] pdf = renderer.render(withPhoto("image/png", encode(image, "png")), null);

    assertThat(firstImage(pdf).bitsPerComponent()).isEqualTo(8);
  }

  @Test
  void paletteWithTransparentEntry_flattenedOpaque() throws Exception {
    byte[] grey = {0, (byte) 128, (byte) 255};
    java.awt.image.IndexColorModel palette =
        new java.awt.image.IndexColorModel(2, 3, grey, grey, grey, 0);
    BufferedImage image =
        new BufferedImage(120, 160, BufferedImage.TYPE_BYTE_INDEXED, palette);
    byte[] pdf = renderer.render(withPhoto("image/png", encode(image, "png")), null);

    DrawnImage drawn = firstImage(pdf);
    assertThat(drawn.softMask()).isFalse();
    assertThat(drawn.topLeftRgb()).isEqualTo(0xFFFFFFFF);
  }

  /** Facts about the photo as drawn on page 1. */
  private record DrawnImage(int bitsPerComponent, boolean softMask, int topLeftRgb) {}

  private static DrawnImage firstImage(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      var name = resources.getXObjectNames().iterator().next();
      var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject)
          resources.getXObject(name);
      return new DrawnImage(image.getBitsPerComponent(),
          image.getCOSObject().getItem(org.apache.pdfbox.cos.COSName.SMASK) != null,
          image.getImage().getRGB(0, 0));
    }
  }

  @Test
  void jpeg_embedded() throws Exception {
    BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
    byte[] pdf = renderer.render(withPhoto("image/jpeg", encode(image, "jpg")), null);

    assertThat(pdf.length).isPositive();
  }

  @Test
  void exifOrientation6_drawnUpright() throws Exception {
    BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
    byte[] jpeg = Base64.getDecoder().decode(encode(image, "jpg"));
    byte[] rotated = withOrientation(jpeg, 6);

    assertThat(ExifOrientation.read(rotated)).isEqualTo(6);
    assertThat(ExifOrientation.read(jpeg)).isEqualTo(1);
    byte[] pdf = renderer.render(withPhoto("image/jpeg",
        Base64.getEncoder().encodeToString(rotated)), null);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      var name = resources.getXObjectNames().iterator().next();
      var drawn = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject)
          resources.getXObject(name);
      assertThat(drawn.getWidth()).isEqualTo(400);
      assertThat(drawn.getHeight()).isEqualTo(300);
    }
  }

  /** Inserts a big-endian EXIF segment with one orientation entry right after the SOI. */
  private static byte[] withOrientation(byte[] jpeg, int orientation) {
    byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0,
        (byte) orientation, 0, 0, 0, 0, 0, 0, 0, 0};
    int length = 2 + 6 + tiff.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    out.writeBytes(tiff);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A 40×60 grey JPEG in the CMYK colour space, as print shops deliver photos. */
  private static final String CMYK_JPEG =
      "/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwAGBAUGBQQGBgUGBwcGCAoQCgoJCQoUDg8MEBcUGBgXFBYWGh0l" +
      "HxobIxwWFiAsICMmJykqKRkfLTAtKDAlKCko/9sAQwEHBwcKCAoTCgoTKBoWGigoKCgoKCgoKCgoKCgo" +
      "KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo/8AAFAgAPAAoBAEiAAIRAQMRAQQiAP/E" +
      "ABUAAQEAAAAAAAAAAAAAAAAAAAAI/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABQBAQAAAAAAAAAAAAAA" +
      "AAAAAAD/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADgQBAAIRAxEEAAA/AJUAAAAAAAAAAAAAAAAAAAAA" +
      "AAAAAAAAAAAAAAAAAAB//9k=";

  @Test
  void cmykJpeg_keepsPdfAValid(@TempDir Path folder) throws Exception {
    File pdf = folder.resolve("cmyk.pdf").toFile();

    renderer.render(withPhoto("image/jpeg", CMYK_JPEG), null, pdf.toPath());

    ValidationResult result = PreflightParser.validate(pdf);
    assertThat(result.getErrorsList()).isEmpty();
  }

  @Test
  void corruptPhoto_rejectedWithCode() {
    Profile profile = withPhoto("image/jpeg", Base64.getEncoder().encodeToString(
        new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}));

    assertThatThrownBy(() -> renderer.render(profile, null))
        .isInstanceOf(RenderException.class)
        .extracting(e -> ((RenderException) e).code())
        .isEqualTo(RenderException.PHOTO_CODE);
  }

  @Test
  void notAnImage_messageSaysWhatToGive() {
    Profile profile = withPhoto("image/png", Base64.getEncoder().encodeToString(
        "not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> renderer.render(profile, null))
        .hasMessage("The photo identity.photo (image/png) cannot be used because it is not a"
            + " JPEG or PNG image; save it again as a JPEG or PNG in RGB or grey of at most 5 MB.");
  }

  @Test
  void truncatedCmykJpeg_rejectedWithFieldAndFix() throws Exception {
    byte[] jpeg = cmykJpeg();
    Profile profile = withPhoto("image/jpeg",
        Base64.getEncoder().encodeToString(Arrays.copyOf(jpeg, jpeg.length / 2)));

    assertThatThrownBy(() -> renderer.render(profile, null))
        .isInstanceOf(RenderException.class)
        .hasMessage("The photo identity.photo (image/jpeg) cannot be used because its CMYK JPEG"
            + " data is damaged or cut short (Truncated File - Missing EOI marker; Corrupt JPEG"
            + " data: premature end of data segment); save it again as a JPEG or PNG in RGB or"
            + " grey of at most 5 MB.")
        .extracting(e -> ((RenderException) e).code())
        .isEqualTo(RenderException.PHOTO_CODE);
  }

  @Test
  void cmykJpegWithGarbledScan_rejected() throws Exception {
    byte[] jpeg = cmykJpeg();
    Arrays.fill(jpeg, jpeg.length / 2, jpeg.length - 2, (byte) 0xFF);
    Profile profile = withPhoto("image/jpeg", Base64.getEncoder().encodeToString(jpeg));

    assertThatThrownBy(() -> renderer.render(profile, null))
        .isInstanceOf(RenderException.class)
        .hasMessage("The photo identity.photo (image/jpeg) cannot be used because its CMYK JPEG"
            + " data is damaged or cut short (Corrupt JPEG data: premature end of data segment);"
            + " save it again as a JPEG or PNG in RGB or grey of at most 5 MB.");
  }

  @Test
  void cmykJpegCutBeforeScan_rejected() throws Exception {
    byte[] jpeg = cmykJpeg();
    Profile profile = withPhoto("image/jpeg",
        Base64.getEncoder().encodeToString(Arrays.copyOf(jpeg, scanStart(jpeg))));

    assertThatThrownBy(() -> renderer.render(profile, null))
        .isInstanceOf(RenderException.class)
        .hasMessage("The photo identity.photo (image/jpeg) cannot be used because its CMYK JPEG"
            + " data cannot be decoded (Invalid JPEG file structure: missing SOS marker); save"
            + " it again as a JPEG or PNG in RGB or grey of at most 5 MB.")
        .extracting(e -> ((RenderException) e).code())
        .isEqualTo(RenderException.PHOTO_CODE);
  }

  @Test
  void wholeGeneratedCmykJpeg_rendered() throws Exception {
    Profile profile = withPhoto("image/jpeg", Base64.getEncoder().encodeToString(cmykJpeg()));

    DrawnImage drawn = firstImage(renderer.render(profile, null));

    assertThat(drawn.bitsPerComponent()).isEqualTo(8);
  }

  @Test
  void truncatedRgbJpeg_rejected() throws Exception {
    BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
    byte[] jpeg = Base64.getDecoder().decode(encode(image, "jpg"));
    Profile profile = withPhoto("image/jpeg",
        Base64.getEncoder().encodeToString(Arrays.copyOf(jpeg, jpeg.length - 2)));

    assertThatThrownBy(() -> renderer.render(profile, null))
        .isInstanceOf(RenderException.class)
        .hasMessage("The photo identity.photo (image/jpeg) cannot be used because its data is"
            + " damaged or cut short (Truncated File - Missing EOI marker); save it again as a"
            + " JPEG or PNG in RGB or grey of at most 5 MB.");
  }

  /**
   * Encodes a 40×60 CMYK gradient as a four-component JPEG, which Java's writer marks as
   * Adobe CMYK when given a four-band raster.
   */
  private static byte[] cmykJpeg() throws Exception {
    WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 40, 60, 4,
        null);
    for (int y = 0; y < 60; y++) {
      for (int x = 0; x < 40; x++) {
        raster.setPixel(x, y, new int[] {x * 5, y * 3, 100, 20});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(new IIOImage(raster, null, null));
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** Returns the offset of the JPEG's start-of-scan marker. */
  private static int scanStart(byte[] jpeg) {
    for (int i = 2; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
        return i;
      }
    }
    throw new AssertionError("no start-of-scan marker");
  }

  private static String encode(BufferedImage image, String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private static Profile withPhoto(String type, String data) {
    Profile p = TestProfiles.sample();
    Identity i = p.identity();
    Identity changed = new Identity(i.managingAgency(), i.usingAgency(), i.staffNumber(),
        new Photo(type, data), i.fullName(), i.familyName(), i.middleName(), i.givenName(),
        i.otherNames(), i.birthDate(), i.sex(), i.placeOfBirth(), i.homeTown(),
        i.ethnicityCode(), i.religionCode(), i.citizenId(), i.citizenIdIssueDate(),
        i.citizenIdIssuePlace(), i.formerIdNumber(), i.familyBackground());
    return new Profile(p.schemaVersion(), changed, p.residence(), p.family(),
        p.personalHistory(), p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }
}
