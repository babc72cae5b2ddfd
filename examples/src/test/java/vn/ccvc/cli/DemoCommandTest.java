package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.credentials.CredentialCsv;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.examples.output.OutputText;

/**
 * {@code ccvc demo} in-process: one full run on the bundled sample unit, shared by the tests
 * that read its output, and small runs on units made of a few sample profiles.
 */
class DemoCommandTest {

  /** 4 December 2026, 10:00 in Hà Nội. */
  private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"),
      ValidateCommand.VIETNAM);

  private static final Pattern FULL_ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  private static final Path SAMPLES = Path.of("sample-unit");

  @TempDir
  static Path shared;

  private static CliRun sample;

  @TempDir
  Path folder;

  @BeforeAll
  static void runOnSampleUnit() {
    sample = CliRun.runAt(DAY, "demo", "--out", shared.resolve("out").toString(), "--lang",
        "en");
  }

  @Test
  void sampleUnit_exitsZero() {
    assertThat(sample.status()).as(sample.err()).isZero();
  }

  @Test
  void sampleUnit_showsEveryStep() {
    assertThat(sample.out()).contains("[1/6] Issue accounts", "[2/6] Save and submit",
        "[3/6] Confirm or reject", "[4/6] Render form 2C", "[5/6] Sync to the ministry",
        "[6/6] Progress report");
  }

  @Test
  void sampleUnit_printsNoFullCitizenId() {
    assertThat(FULL_ID.matcher(sample.out()).find()).as(sample.out()).isFalse();
    assertThat(FULL_ID.matcher(sample.err()).find()).as(sample.err()).isFalse();
  }

  @Test
  void sampleUnit_printsNoPassword() {
    assertThat(sample.out()).doesNotContain("Thuy1234@");
  }

  @Test
  void sampleUnit_credentialsOwnerOnly() throws IOException {
    Path credentials = shared.resolve("out/credentials.csv");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
        .isEqualTo("rw-------");
    List<String> lines = Files.readAllLines(credentials, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(41);
    assertThat(lines.get(0)).isEqualTo(String.join(",", CredentialCsv.HEADER));
    assertThat(lines.get(1)).startsWith("038185011234,Bùi Thị Thủy,038185011234,Thuy1234@,");
  }

  @Test
  void sampleUnit_pdfFileNames() throws IOException {
    List<String> names = fileNames(shared.resolve("out/pdf"));
    assertThat(names).hasSize(40).contains("01-038xxxxx1234.pdf")
        .allMatch(name -> name.matches("\\d{2}-\\d{3}x{5}\\d{4}\\.pdf"));
  }

  @Test
  void sampleUnit_reportWrittenAsPrinted() throws IOException {
    String text = Files.readString(shared.resolve("out/report.txt"), StandardCharsets.UTF_8);
    assertThat(sample.out()).contains(OutputText.maskCitizenIds(text));
    assertThat(text).contains("Ủy ban nhân dân phường Đại Mỗ", "Total");
    assertThat(Files.readString(shared.resolve("out/report.csv"), StandardCharsets.UTF_8))
        .contains("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Đại Mỗ");
  }

  @Test
  void sampleUnit_approverCannotConfirmOwnProfile() {
    assertThat(sample.out()).contains("their own profile").contains("(actor.ownProfile)");
  }

  @Test
  void sampleUnit_rejectedThenConfirmed() {
    assertThat(sample.out()).contains("40 of 40 profiles confirmed; 4 of them after a "
        + "rejection and a correction.");
    assertThat(sample.out()).contains("(rejected, then confirmed):");
    assertThat(sample.out()).containsPattern("reject  Awaiting confirmation → Rejected  "
        + "\\d{3}\\*{5}\\d{4} \\(Approver\\)  «");
  }

  @Test
  void sampleUnit_syncAcceptsEachOnce() {
    assertThat(sample.out()).contains("The server holds 40 records for 40 confirmed profiles:"
        + " each accepted exactly once.");
  }

  @Test
  void sampleUnit_invalidSamplesRaiseExpectedCodes() {
    assertThat(sample.out()).contains("12 of 12 invalid samples raised exactly their expected "
        + "codes.");
  }

  @Test
  void sampleUnit_leavesNoStagingFolder() throws IOException {
    assertThat(fileNames(shared.resolve("out"))).containsExactly("credentials.csv", "pdf",
        "report.csv", "report.txt");
  }

  @Test
  void sampleUnit_printsTimings() {
    assertThat(sample.out()).contains("Time per step:").containsPattern("Total +\\d+\\.\\d s");
  }

  @Test
  void vietnameseByDefault() throws IOException {
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(3).toString(), "--out",
        folder.resolve("out").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("[1/6] Cấp tài khoản", "[6/6] Báo cáo tiến độ");
  }

  @Test
  void replacesOnlyItsOwnFiles() throws IOException {
    Path out = Files.createDirectories(folder.resolve("out/pdf"));
    Files.writeString(folder.resolve("out/notes.txt"), "keep");
    Files.writeString(out.resolve("keep.pdf"), "keep");
    Files.writeString(out.resolve("99-001xxxxx0000.pdf"), "old run");
    Files.writeString(folder.resolve("out/report.csv"), "old run");
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(3).toString(), "--out",
        folder.resolve("out").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(folder.resolve("out/notes.txt"))).isEqualTo("keep");
    assertThat(Files.readString(out.resolve("keep.pdf"))).isEqualTo("keep");
    assertThat(out.resolve("99-001xxxxx0000.pdf")).doesNotExist();
    assertThat(Files.readString(folder.resolve("out/report.csv"))).isNotEqualTo("old run");
  }

  @Test
  void failedRun_leavesOutputAsItWas() throws IOException {
    Path unit = Files.createDirectories(folder.resolve("broken"));
    Files.writeString(unit.resolve("a.json"), "{ not json");
    Path out = Files.createDirectories(folder.resolve("out"));
    Files.writeString(out.resolve("report.csv"), "old run");
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit.toString(), "--out", out.toString(),
        "--lang", "en");
    assertThat(run.status()).isEqualTo(ExitStatus.INPUT_ERROR);
    assertThat(run.err()).contains("ccvc demo: demo.noProfiles: No profile in");
    assertThat(fileNames(out)).containsExactly("report.csv");
    assertThat(Files.readString(out.resolve("report.csv"))).isEqualTo("old run");
  }

  @Test
  void profileWithErrors_staysAndIsListed() throws IOException {
    Path unit = unit(3);
    Files.copy(Path.of("invalid-samples", "05-coefficient-not-on-scale.json"),
        unit.resolve("09-wrong-coefficient.json"));
    String complete = Files.readString(SAMPLES.resolve("04-dinh-tien-trung.json"));
    Files.writeString(unit.resolve("08-no-health-status.json"),
        complete.replaceFirst("\"healthStatus\": \"[^\"]*\",", ""));
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit.toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 of 5 profiles sent for confirmation; 2 stopped by errors")
        .contains("(08-no-health-status.json): stays in \"Updating\", 1 error:")
        .contains("healthAndPolicy.healthStatus [required]")
        .contains("(09-wrong-coefficient.json): stays in \"Not started\", 2 errors:")
        .contains("[salary.coefficientNotOnScale]");
    assertThat(fileNames(folder.resolve("out/pdf"))).hasSize(3);
  }

  @Test
  void oneEmployee_nobodyElseConfirms() throws IOException {
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(1).toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("(actor.ownProfile)")
        .contains("is the only employee whose profile awaits confirmation")
        .contains("No confirmed profile, so there is nothing to sync.");
  }

  @Test
  void sameSeed_sameChoices() throws IOException {
    Path unit = unit(5);
    List<String> first = choices(CliRun.runAt(DAY, "demo", "--unit", unit.toString(),
        "--out", folder.resolve("a").toString(), "--seed", "7", "--lang", "en"));
    List<String> second = choices(CliRun.runAt(DAY, "demo", "--unit", unit.toString(),
        "--out", folder.resolve("b").toString(), "--seed", "7", "--lang", "en"));
    assertThat(first).isNotEmpty().isEqualTo(second);
  }

  @Test
  void unitNotAFolder_exitsTwo() {
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", folder.resolve("missing").toString(),
        "--out", folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(ExitStatus.INPUT_ERROR);
    assertThat(run.err()).contains("Invalid value for --unit:")
        .contains("': No such file or folder; check the path. Name a folder of profile files, "
            + "or a .json or .jsonl file.");
  }

  @Test
  void outputIsAFile_exitsTwo() throws IOException {
    Path file = Files.writeString(folder.resolve("out.txt"), "x");
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(1).toString(), "--out",
        file.toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(ExitStatus.INPUT_ERROR);
    assertThat(run.err()).contains("exists and is not a folder; name a folder with --out.");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void failedRun_removesFolderItCreated() throws IOException {
    Path unit = Files.createDirectories(folder.resolve("broken"));
    Files.writeString(unit.resolve("a.json"), "{ not json");
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit.toString(), "--out",
        folder.resolve("new-out").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(ExitStatus.INPUT_ERROR);
    assertThat(folder.resolve("new-out")).doesNotExist();
  }

  @Test
  void interruptedRunLeftovers_removed() throws IOException {
    Path stale = Files.createDirectories(folder.resolve("out/.ccvc-demo-123"));
    Files.writeString(stale.resolve("credentials.csv"), "secret");
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(2).toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(run.out()).contains("Removed .ccvc-demo-123 from ")
        .contains(": an interrupted run left it there, possibly with initial passwords in it.");
  }

  @Test
  void emptyOutput_exitsTwo() {
    CliRun run = CliRun.runAt(DAY, "demo", "--out", "", "--lang", "en");
    assertThat(run.status()).isEqualTo(ExitStatus.INPUT_ERROR);
    assertThat(run.err()).contains("Invalid value for --out: the value is empty; name a folder.");
  }

  @Test
  void duplicateCitizenIds_nameBothFiles() throws IOException {
    Path unit = unit(2);
    Files.copy(SAMPLES.resolve("01-bui-thi-thuy.json"), unit.resolve("05-copy.json"));
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit.toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("05-copy.json: no account, because 01-bui-thi-thuy.json, "
        + "05-copy.json give the same citizen ID 038*****1234; keep the right file and remove "
        + "the others.");
    assertThat(run.out()).contains("1 account issued for the 3 profiles read");
  }

  @Test
  void missingGlyph_drawnAndListed() throws IOException {
    Path unit = unit(2);
    Path file = unit.resolve("01-bui-thi-thuy.json");
    Files.writeString(file, Files.readString(file).replace("\"Tiểu thương\"",
        "\"Tiểu thương 漢\""));
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit.toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("identity.familyBackground contains U+6F22 CJK UNIFIED "
        + "IDEOGRAPHS 6F22, which the font cannot draw; a \"?\" is drawn in its place.");
    assertThat(fileNames(folder.resolve("out/pdf"))).hasSize(2);
  }

  @Test
  void unitAsJsonLinesFile_runs() throws IOException {
    Path file = folder.resolve("unit.jsonl");
    ProfileCodec codec = ProfileCodec.create();
    StringBuilder lines = new StringBuilder();
    for (String name : List.of("01-bui-thi-thuy.json", "02-nguyen-manh-tuan.json")) {
      lines.append(codec.writeLine(codec.read(Files.readString(SAMPLES.resolve(name)))))
          .append('\n');
    }
    Files.writeString(file, lines);
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", file.toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(fileNames(folder.resolve("out/pdf"))).hasSize(2);
  }

  @Test
  void ownFoldersWithSimilarNames_kept() throws IOException {
    Path mine = Files.createDirectories(folder.resolve("out/.ccvc-demo-backup"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(2).toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(mine.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void secondRunAtOnce_exitsTwo() throws IOException {
    Path out = Files.createDirectories(folder.resolve("out"));
    try (FileChannel held = FileChannel.open(out.resolve(".ccvc-demo.lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = held.lock()) {
      CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit(1).toString(), "--out",
          out.toString(), "--lang", "en");
      assertThat(run.status()).isEqualTo(ExitStatus.INPUT_ERROR);
      assertThat(run.err()).contains("Another ccvc demo is writing to "
          + OutputText.maskCitizenIds(out.toString()) + " now;");
    }
  }

  @Test
  void duplicatesInSubfolders_namedByPath() throws IOException {
    Path unit = Files.createDirectories(folder.resolve("unit"));
    for (String sub : List.of("a", "b")) {
      Files.copy(SAMPLES.resolve("02-nguyen-manh-tuan.json"),
          Files.createDirectories(unit.resolve(sub)).resolve("x.json"));
    }
    Files.copy(SAMPLES.resolve("01-bui-thi-thuy.json"), unit.resolve("01.json"));
    CliRun run = CliRun.runAt(DAY, "demo", "--unit", unit.toString(), "--out",
        folder.resolve("out").toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("a/x.json: no account, because a/x.json, b/x.json give the "
        + "same citizen ID 001*****0746;");
    assertThat(run.out()).contains("1 account issued for the 3 profiles read");
  }

  /** Copies the first {@code count} sample profiles into a folder of their own. */
  private Path unit(int count) throws IOException {
    Path unit = Files.createDirectories(folder.resolve("unit"));
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.sorted().limit(count).toList()) {
        Files.copy(file, unit.resolve(file.getFileName()));
      }
    }
    return unit;
  }

  private static List<String> choices(CliRun run) {
    return run.outLines().stream()
        .filter(line -> line.startsWith("  Approver:") || line.startsWith("  Rejected"))
        .toList();
  }

  private static List<String> fileNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
