package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Renders page 1 of the sample profile to {@code target/render/} as PNG, so a person can
 * compare it with a printed form 2C-BNV/2008. The PDF is kept next to it.
 */
class Page1PngTest {

  @Test
  void samplePage1_writtenAsPng() throws Exception {
    FormRenderer renderer = FormRenderer.builder()
        .reproducible(Instant.parse("2026-01-01T00:00:00Z")).build();
    byte[] pdf = renderer.render(TestProfiles.sample(), TestProfiles.assessment());
    Path folder = Path.of("target", "render");
    Files.createDirectories(folder);
    Files.write(folder.resolve("01-bui-thi-thuy.pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer images = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage image = images.renderImageWithDPI(i, 100);
        Path png = folder.resolve("01-bui-thi-thuy-page-" + (i + 1) + ".png");
        ImageIO.write(image, "png", png.toFile());
        assertThat(Files.size(png)).isPositive();
      }
    }
  }
}
