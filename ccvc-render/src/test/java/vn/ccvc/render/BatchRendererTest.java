package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRendererTest {

  @TempDir
  Path input;

  private final BatchRenderer batch = BatchRenderer.of(FormRenderer.builder()
      .reproducible(Instant.parse("2026-01-01T00:00:00Z")).build());

  @BeforeEach
  void writeUnit() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/profiles/01-bui-thi-thuy.json")) {
      byte[] json = in.readAllBytes();
      Files.write(input.resolve("a.json"), json);
      Files.write(input.resolve("c.json"), json);
    }
    Files.writeString(input.resolve("b.json"), "{ not json", StandardCharsets.UTF_8);
    Files.writeString(input.resolve("notes.txt"), "ignored", StandardCharsets.UTF_8);
  }

  @Test
  void folder_oneFailureDoesNotStopOthers(@TempDir Path output) {
    List<String> progress = new ArrayList<>();

    BatchResult result = batch.renderToFolder(input, output,
        (item, done, total) -> progress.add(done + "/" + total));

    assertThat(result.items()).extracting(BatchItem::output)
        .containsExactly("a.pdf", null, "c.pdf");
    assertThat(result.succeeded()).isEqualTo(2);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.items().get(1).errorCode()).isNotNull();
    assertThat(progress).containsExactly("1/3", "2/3", "3/3");
    assertThat(output.resolve("a.pdf")).exists();
    assertThat(output.resolve("c.pdf")).exists();
    assertThat(output.resolve("b.pdf")).doesNotExist();
  }

  @Test
  void zip_holdsOnePdfPerRenderedProfile() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();

    BatchResult result = batch.renderToZip(input, zip, BatchListener.none());

    assertThat(result.items().get(0).pageCount()).isGreaterThan(1);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(
        new java.io.ByteArrayInputStream(zip.toByteArray()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertThat(new String(in.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      }
    }
    assertThat(names).containsExactly("a.pdf", "c.pdf");
  }
}
