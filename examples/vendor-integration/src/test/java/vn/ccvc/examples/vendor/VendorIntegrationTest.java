package vn.ccvc.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole walk-through, run once, as a vendor developer runs it. */
class VendorIntegrationTest {

  @TempDir
  static Path parent;

  private static int status;
  private static String output;

  @BeforeAll
  static void runProgram() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    status = VendorIntegration.run(parent, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_exitsZero() {
    assertThat(status).as(output).isZero();
  }

  @Test
  void output_showsTheFieldErrorsOfTheFirstForm() {
    assertThat(output).contains("Form posted with 2 errors, not saved:\n"
        + "  ngay_sinh [date.invalid]\n");
    assertThat(output).contains("  dan_toc [catalog.unknownCode]\n"
        + "    vi: Dân tộc \"99\" không có trong danh mục dân tộc; hãy chọn một mã có trong "
        + "danh mục.\n"
        + "    en: Ethnic group \"99\" is not in the ethnic group catalogue; choose a code from "
        + "the catalogue.\n");
  }

  @Test
  void output_showsEachStep() {
    assertThat(output).contains("== Bùi Thị Thủy (038*****1234)\n");
    assertThat(output).contains("Form saved and sent for confirmation: status "
        + "AWAITING_CONFIRMATION, revision 2\n");
    assertThat(output).contains("Bùi Thị Thủy: confirmed by Vũ Hữu Hùng (001*****2042), "
        + "version 1\n");
    assertThat(output).contains(": 2 records: 2 accepted, 0 already present, 0 rejected, "
        + "0 invalid, 0 failed in ");
    assertThat(output).contains("  038*****1234: ACCEPTED, sync state SYNCED\n");
    assertThat(output).containsPattern("Form 2C of Bùi Thị Thủy: [0-9]+ pages, ");
    assertThat(output).contains("Stored: 038*****1234 CONFIRMED, SYNCED, revision 5, events "
        + "replay to this state\n");
    assertThat(output).endsWith("Done.\n");
  }

  @Test
  void output_hasNoFullCitizenId() {
    assertThat(output).doesNotContainPattern("(?<![0-9])[0-9]{12}(?![0-9])");
  }

  @Test
  void run_missingParentFolder_exitsOne() {
    Path missing = parent.resolve("missing");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int missingStatus = VendorIntegration.run(missing,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(missingStatus).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("FAILED: cannot create a "
        + "working folder in " + missing + " (NoSuchFileException). Give a folder that exists "
        + "and is writable.\n");
  }

  @Test
  void run_deletesItsWorkingFolder() throws IOException {
    try (Stream<Path> left = Files.list(parent)) {
      assertThat(left).isEmpty();
    }
  }
}
