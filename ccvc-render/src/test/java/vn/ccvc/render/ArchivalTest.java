package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivalTest {

  private final FormRenderer renderer = FormRenderer.builder()
      .reproducible(Instant.parse("2026-01-01T00:00:00Z")).build();

  @Test
  void richProfile_passesPreflightAsPdfA1b(@TempDir Path folder) throws Exception {
    File pdf = folder.resolve("rich.pdf").toFile();
    renderer.render(TestProfiles.rich(), TestProfiles.assessment(), pdf.toPath());

    ValidationResult result = PreflightParser.validate(pdf);

    String errors = result.getErrorsList().stream()
        .map(e -> e.getErrorCode() + " " + e.getDetails()).collect(Collectors.joining("\n"));
    assertThat(errors).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void documentInformation_namesTitleAuthorProducer() throws Exception {
    try (PDDocument document = Loader.loadPDF(renderer.render(TestProfiles.rich(), null))) {
      PDDocumentInformation info = document.getDocumentInformation();

      assertThat(info.getTitle()).isEqualTo("Sơ yếu lý lịch cán bộ, công chức - Bùi Thị Thủy");
      assertThat(info.getAuthor()).isEqualTo("Bùi Thị Thủy");
      assertThat(info.getProducer()).isEqualTo(Archival.PRODUCER);
      assertThat(info.getCreationDate().toInstant())
          .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdfaid:part>1</pdfaid:part>");
      assertThat(xmp).contains("Bùi Thị Thủy");
    }
  }

  @Test
  void attachedProfile_declaresPdfA3WithSourceFile() throws Exception {
    FormRenderer attaching = FormRenderer.builder()
        .reproducible(Instant.parse("2026-01-01T00:00:00Z")).attachProfile(true).build();

    try (PDDocument document = Loader.loadPDF(attaching.render(TestProfiles.sample(), null))) {
      var names = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
      var spec = names.get("profile.json");
      String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);

      assertThat(names.keySet()).containsExactly("profile.json");
      assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
      assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
      assertThat(document.getDocumentCatalog().getCOSObject()
          .getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("AF")).size()).isEqualTo(1);
      assertThat(vn.ccvc.model.json.ProfileCodec.create().read(json))
          .isEqualTo(TestProfiles.sample());
      assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>");
      assertThat(document.getVersion()).isEqualTo(1.7f);
    }
  }

  @Test
  void defaultOutput_hasNoAttachment() throws Exception {
    try (PDDocument document = Loader.loadPDF(renderer.render(TestProfiles.sample(), null))) {
      assertThat(document.getDocumentCatalog().getNames()).isNull();
    }
  }

  @Test
  void srgbProfile_isIccVersion2DisplayProfile() {
    byte[] icc = Archival.srgbProfile();

    assertThat(icc[8]).as("major version").isEqualTo((byte) 2);
    assertThat(new String(Arrays.copyOfRange(icc, 12, 16), StandardCharsets.US_ASCII))
        .as("device class").isEqualTo("mntr");
    assertThat(new String(Arrays.copyOfRange(icc, 16, 20), StandardCharsets.US_ASCII))
        .as("colour space").isEqualTo("RGB ");
    assertThat(new String(Arrays.copyOfRange(icc, 36, 40), StandardCharsets.US_ASCII))
        .as("signature").isEqualTo("acsp");
  }

  @Test
  void licence_shippedWithFont() throws Exception {
    try (var in = FormRenderer.class.getResourceAsStream(
        "/META-INF/licenses/LiberationSerif-OFL-1.1.txt")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("SIL OPEN FONT LICENSE Version 1.1");
    }
    assertThat(Files.exists(Path.of("src/main/resources/META-INF/licenses"))).isTrue();
  }
}
