package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  private static final Path SAMPLE = Path.of("sample-unit", "01-bui-thi-thuy.json");

  @TempDir
  Path folder;

  @Test
  void oneProfile_writesPdf() throws Exception {
    Path out = folder.resolve("out.pdf");

    CliRun run = CliRun.run("render", SAMPLE.toString(), "-o", out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).startsWith("Rendered 01-bui-thi-thuy.json to ");
    assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void place_printsInSignatureLine() throws Exception {
    Path out = folder.resolve("out.pdf");

    CliRun run = CliRun.run("render", SAMPLE.toString(), "--place", "Nam Từ Liêm", "-o",
        out.toString());

    assertThat(run.status()).isEqualTo(0);
    try (PDDocument document = Loader.loadPDF(out.toFile())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Nam Từ Liêm, ngày");
    }
  }

  @Test
  void bnv2008Variant_accepted() {
    CliRun run = CliRun.run("render", SAMPLE.toString(), "--variant", "bnv2008", "-o",
        folder.resolve("out.pdf").toString());

    assertThat(run.status()).isEqualTo(0);
  }

  @Test
  void unknownVariant_isUsageError() {
    CliRun run = CliRun.run("render", SAMPLE.toString(), "--variant", "x", "-o",
        folder.resolve("out.pdf").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo("ccvc render: Invalid value for --variant: 'x'; use merged or bnv2008.");
  }

  @Test
  void missingProfile_isUsageError() {
    CliRun run = CliRun.run("render", "nothing.json", "-o", folder.resolve("o.pdf").toString());

    assertThat(run.status()).isEqualTo(2);
  }

  @Test
  void corruptPhoto_exitsOne() throws Exception {
    Path photo = folder.resolve("photo.jpg");
    Files.write(photo, new byte[] {1, 2, 3, 4, 5});
    Path out = folder.resolve("out.pdf");

    CliRun run = CliRun.run("render", SAMPLE.toString(), "--photo", photo.toString(), "-o",
        out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("The photo identity.photo (image/jpeg) cannot be used"
        + " because it is not a JPEG or PNG image; save it again as a JPEG or PNG in RGB or grey"
        + " of at most 5 MB.");
    assertThat(out).doesNotExist();
  }

  @Test
  void unit_toZipWithFailureExitsOne() throws Exception {
    Path unit = folder.resolve("unit");
    Files.createDirectories(unit);
    Files.copy(SAMPLE, unit.resolve("a.json"));
    Files.writeString(unit.resolve("b.json"), "{", StandardCharsets.UTF_8);
    Path zip = folder.resolve("out.zip");

    CliRun run = CliRun.run("render", "--unit", unit.toString(), "-o", zip.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("Rendered 1 of 2 profiles to ");
    assertThat(run.err()).startsWith("ccvc render: b.json: ");
    assertThat(zip).exists();
  }

  @Test
  void unit_toFolder() throws Exception {
    Path out = folder.resolve("pdfs");

    CliRun run = CliRun.run("render", "--unit", "sample-unit", "-o", out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(out.resolve("40-kieu-thi-hanh.pdf")).exists();
  }

  @Test
  void failedRender_keepsExistingOutput() throws Exception {
    Path out = Files.writeString(folder.resolve("keep.pdf"), "an earlier PDF");
    Path profile = folder.resolve("odd.json");
    Files.writeString(profile, Files.readString(SAMPLE).replace("\"Tiểu thương\"",
        "\"Tiểu thương 漢\""));

    CliRun run = CliRun.run("render", profile.toString(), "-o", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(out).hasContent("an earlier PDF");
    try (var left = Files.list(folder)) {
      assertThat(left.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("keep.pdf", "odd.json");
    }
  }

  @Test
  void replaceMissingGlyphs_drawsAndWarns() throws Exception {
    Path out = folder.resolve("out.pdf");
    Path profile = folder.resolve("odd.json");
    Files.writeString(profile, Files.readString(SAMPLE).replace("\"Tiểu thương\"",
        "\"Tiểu thương 漢\""));

    CliRun run = CliRun.run("render", profile.toString(), "--replace-missing-glyphs", "-o",
        out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.err()).contains("ccvc render: warning: identity.familyBackground U+6F22 "
        + "CJK UNIFIED IDEOGRAPHS 6F22 drawn as ?; correct the text in the profile.");
  }

  @Test
  void unit_failedProfileLeavesNoEmptyPdf() throws Exception {
    Path unit = Files.createDirectories(folder.resolve("unit"));
    Files.copy(SAMPLE, unit.resolve("a.json"));
    Files.writeString(unit.resolve("b.json"), "{", StandardCharsets.UTF_8);
    Path out = Files.createDirectories(folder.resolve("pdfs"));
    Files.writeString(out.resolve("b.pdf"), "an earlier PDF");

    CliRun run = CliRun.run("render", "--unit", unit.toString(), "-o", out.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(out.resolve("b.pdf")).hasContent("an earlier PDF");
    try (var left = Files.list(out)) {
      assertThat(left.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("a.pdf", "b.pdf");
    }
  }

  @Test
  void unit_bundledSampleUnit() throws Exception {
    Path out = folder.resolve("pdfs");

    CliRun run = CliRun.run("render", "--unit", "classpath:sample-unit", "-o", out.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(out.resolve("01-bui-thi-thuy.pdf")).exists();
  }

  @Test
  void unit_fileInsteadOfFolder_isUsageError() throws Exception {
    CliRun run = CliRun.run("render", "--unit", SAMPLE.toString(), "-o",
        folder.resolve("pdfs").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is a file, not a folder; name the folder that holds the "
        + "profile files, or render one profile without --unit.");
  }
}
