package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsCommandTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T02:30:00Z"),
      ZoneId.of("Asia/Ho_Chi_Minh"));

  private static final String HEADER = "citizenId,fullName,username,initialPassword,expiresAt\r\n";

  private static final String SECRETS_WARNING = "', readable by its owner only. The file "
      + "contains initial passwords in clear text: hand them out in person or sealed, then "
      + "delete the file.";

  @TempDir
  Path folder;

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "credentials";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.runAt(CLOCK, all);
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void single_printsOneLine() {
    CliRun run = run("--citizen-id", "038185011234", "--name", "BÙI THỊ THỦY");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly("038185011234,Thuy1234@");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void single_explicitGivenName() {
    CliRun run = run("--citizen-id", "066190001234", "--name", "H'Hen Niê", "--given-name",
        "Hen");

    assertThat(run.outLines()).containsExactly("066190001234,Hen1234@");
  }

  @Test
  void single_randomScheme() {
    CliRun run = run("--citizen-id", "038185011234", "--name", "Bùi Thị Thủy", "--scheme",
        "random");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outLines()).singleElement().asString()
        .matches("038185011234,[A-HJ-NP-Za-km-np-z2-9#%*+=?@]{16}");
  }

  @Test
  void single_rejectedByScheme_exitsOne() {
    CliRun run = run("--citizen-id", "038185011", "--name", "Bùi Thị Thủy");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly("ccvc credentials: credentials.citizenId.format: "
        + "The citizen ID '038**5011' is not exactly 12 digits 0-9. A 9-digit number is an old "
        + "identity card (CMND), which is not a user name. Enter the 12-digit number from the "
        + "citizen ID card.");
  }

  @Test
  void single_nameWithDigit_exitsOne() {
    CliRun run = run("--citizen-id", "038185011234", "--name", "Bùi Thị Thủy 2");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("ccvc credentials: credentials.name.digits: ");
  }

  @Test
  void single_repairReportedOnStandardError() {
    CliRun run = run("--citizen-id", "038185011234", "--name", "Nguyễn Văn \u00D0ức");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly("038185011234,Duc1234@");
    assertThat(run.errLines()).containsExactly("ccvc credentials: warning: replaced the "
        + "look-alike character fullName: U+00D0 'Ð' -> 'Đ'; correct the name in the source.");
  }

  @Test
  void single_missingName_exitsTwo() {
    CliRun run = run("--citizen-id", "038185011234");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("ccvc credentials: Missing --name: one person "
        + "needs both --citizen-id and --name.", "Run 'ccvc credentials --help' for usage.");
  }

  @Test
  void bothForms_exitTwo() {
    CliRun run = run("--citizen-id", "038185011234", "--name", "Lê An", "--input", "a.csv",
        "--output", "b.csv");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc credentials: Use either --citizen-id and "
        + "--name for one person, or --input and --output for a batch, not both.");
  }

  @Test
  void noForm_exitsTwo() {
    CliRun run = run();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc credentials: Missing input: use "
        + "--citizen-id and --name for one person, or --input and --output for a batch.");
  }

  @Test
  void unknownScheme_exitsTwo() {
    CliRun run = run("--citizen-id", "038185011234", "--name", "Lê An", "--scheme", "secure");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc credentials: Invalid value for option "
        + "'--scheme': 'secure' is not valid; use national or random.");
  }

  @Test
  void help_listsFormsOptionsAndExitStatus() {
    CliRun run = run("--help");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("--citizen-id=ID", "--name=FULL NAME", "--given-name=NAME",
        "--input=FILE", "--output=FILE.csv", "--force", "--scheme=national|random",
        "Exit status:", "  1   the scheme rejected the person");
  }

  @Test
  void batchCsv_writesOwnerOnlyFile() throws IOException {
    Path input = write("unit.csv", "\uFEFFcitizenId,fullName,givenName\r\n"
        + "038185011234,BÙI THỊ THỦY,\r\n"
        + "066190001234,\"H'Hen Niê\",Hen\r\n");
    Path output = folder.resolve("out.csv");

    CliRun run = run("--input", input.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).isEmpty();
    byte[] bytes = Files.readAllBytes(output);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(HEADER
        + "038185011234,BÙI THỊ THỦY,038185011234,Thuy1234@,2026-01-08T09:30:00+07:00\r\n"
        + "066190001234,H'Hen Niê,066190001234,Hen1234@,2026-01-08T09:30:00+07:00\r\n");
    assertThat(bytes[0]).isEqualTo((byte) 'c');
    assertThat(permissions(output)).isEqualTo("rw-------");
    assertThat(run.errLines()).containsExactly(
        "ccvc credentials: wrote 2 credentials to '" + output + SECRETS_WARNING,
        "ccvc credentials: issued 2 of 2 rows; 0 failed.");
  }

  @Test
  void batchCsv_failedRowsReportedAndExitOne() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n"
        + "038185011234,Bùi Thị Thủy\n"
        + "001090004321,Lê Văn An2\n"
        + "001090005678,Đặng Văn Đức\n"
        + "001090005678,Đặng Văn Đức\n"
        + "002090001111,Trần Thị \u00D0ào\n");
    Path output = folder.resolve("out.csv");

    CliRun run = run("--input", input.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(Files.readString(output)).isEqualTo(HEADER
        + "038185011234,Bùi Thị Thủy,038185011234,Thuy1234@,2026-01-08T09:30:00+07:00\r\n"
        + "002090001111,Trần Thị \u00D0ào,002090001111,Dao1111@,2026-01-08T09:30:00+07:00\r\n");
    assertThat(run.errLines()).containsExactly(
        "ccvc credentials: line 3: credentials.name.digits: The fullName 'Lê Văn An2' contains "
            + "the digit '2' at position 10; a name has no digits, so check that the columns "
            + "are not swapped and correct the name.",
        "ccvc credentials: line 4: credentials.citizenId.duplicate: The citizen ID "
            + "001*****5678 is on rows 4, 5; none of them gets a credential, because an account "
            + "belongs to one person. Correct the ID or remove the extra rows, then issue again.",
        "ccvc credentials: line 5: credentials.citizenId.duplicate: The citizen ID "
            + "001*****5678 is on rows 4, 5; none of them gets a credential, because an account "
            + "belongs to one person. Correct the ID or remove the extra rows, then issue again.",
        "ccvc credentials: line 6: warning: replaced the look-alike character fullName: U+00D0 "
            + "'Ð' -> 'Đ'; correct the name in the source.",
        "ccvc credentials: wrote 2 credentials to '" + output + SECRETS_WARNING,
        "ccvc credentials: issued 2 of 5 rows; 3 failed.");
  }

  @Test
  void batchCsv_noRowIssued_writesNoFile() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n123,Lê Văn An\n");
    Path output = folder.resolve("out.csv");

    CliRun run = run("--input", input.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(output).doesNotExist();
    assertThat(run.errLines()).last()
        .isEqualTo("ccvc credentials: issued 0 of 1 row; 1 failed, so no file was written.");
  }

  @Test
  void batch_existingOutputKeptWithoutForce() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n038185011234,Bùi Thị Thủy\n");
    Path output = write("out.csv", "keep me");

    CliRun run = run("--input", input.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(Files.readString(output)).isEqualTo("keep me");
    assertThat(run.errLines()).containsExactly(
        "ccvc credentials: '" + output + "' exists; pass --force to replace it.");
  }

  @Test
  void batch_forceNeverReplacesFolder() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n038185011234,Bùi Thị Thủy\n");
    Path output = Files.createDirectory(folder.resolve("out.csv"));

    CliRun run = run("--input", input.toString(), "--output", output.toString(), "--force");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc credentials: '" + output + "' is not a "
        + "regular file (it is a folder, device, pipe or socket); name a new .csv file with "
        + "--output.");
    assertThat(Files.isDirectory(output)).isTrue();
  }

  @Test
  void batch_outputSameAsInput_keepsInput() throws IOException {
    String content = "citizenId,fullName\n038185011234,Bùi Thị Thủy\n";
    Path input = write("unit.csv", content);

    CliRun run = run("--input", input.toString(), "--output", input.toString(), "--force");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc credentials: --output '" + input
        + "' is the input file; name another file, so the input is kept.");
    assertThat(Files.readString(input)).isEqualTo(content);
  }

  @Test
  void batch_forceReplacesWithOwnerOnlyFile() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n038185011234,Bùi Thị Thủy\n");
    Path output = write("out.csv", "old");
    Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-r--r--"));

    CliRun run = run("--input", input.toString(), "--output", output.toString(), "--force");

    assertThat(run.status()).isEqualTo(0);
    assertThat(Files.readString(output)).startsWith(HEADER + "038185011234,");
    assertThat(Files.getPosixFilePermissions(output))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    try (var files = Files.list(folder)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("unit.csv", "out.csv");
    }
  }

  @Test
  void batch_missingInput_exitsTwo() {
    Path missing = folder.resolve("missing.csv");
    Path output = folder.resolve("out.csv");

    CliRun run = run("--input", missing.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc credentials: cannot read '" + missing + "': file not found.");
    assertThat(output).doesNotExist();
  }

  @Test
  void batch_badHeader_exitsTwo() throws IOException {
    Path input = write("unit.csv", "id,name\n038185011234,Bùi Thị Thủy\n");

    CliRun run = run("--input", input.toString(), "--output", folder.resolve("o.csv").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("ccvc credentials: credentials.csv.header: The "
        + "CSV header names the unknown column 'id'; the header must name the columns citizenId "
        + "and fullName, and may name givenName, separated by commas.");
  }

  @Test
  void batch_inputNotUtf8_exitsTwo() throws IOException {
    Path input = folder.resolve("unit.csv");
    Files.write(input, "citizenId,fullName\n038185011234,B\u00D9I\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = run("--input", input.toString(), "--output", folder.resolve("o.csv").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("ccvc credentials: credentials.csv.read: Cannot read the CSV file ");
  }

  @Test
  void batch_wrongInputType_exitsTwo() throws IOException {
    Path input = write("unit.txt", "citizenId,fullName\n");

    CliRun run = run("--input", input.toString(), "--output", folder.resolve("o.csv").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc credentials: Invalid value for option "
        + "'--input': '" + input + "' is not a .csv, .json or .jsonl file or a folder of "
        + "profiles.");
  }

  @Test
  void batch_folderOfProfiles_issuesEveryProfile() throws IOException {
    Path unit = Path.of(System.getProperty("user.dir")).resolve("sample-unit");
    Path output = folder.resolve("unit.csv");

    CliRun run = run("--input", unit.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(0);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(41);
    assertThat(lines).contains("038185011234,Bùi Thị Thủy,038185011234,Thuy1234@,"
        + lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1));
  }

  @Test
  void batch_missingOutput_exitsTwo() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n");

    CliRun run = run("--input", input.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo(
        "ccvc credentials: Missing --output: a batch needs both --input and --output.");
  }

  @Test
  void batchJsonl_profilesWithUnreadableLine() throws IOException {
    Path input = write("unit.jsonl",
        "{\"schemaVersion\":1,\"identity\":{\"fullName\":\"H'Hen Niê\",\"givenName\":\"Hen\","
            + "\"citizenId\":\"066190001234\"}}\n"
            + "{broken\n");
    Path output = folder.resolve("out.csv");

    CliRun run = run("--input", input.toString(), "--output", output.toString(), "--scheme",
        "NATIONAL");

    assertThat(run.status()).isEqualTo(1);
    assertThat(Files.readString(output)).isEqualTo(HEADER
        + "066190001234,H'Hen Niê,066190001234,Hen1234@,2026-01-08T09:30:00+07:00\r\n");
    assertThat(run.errLines()).first().asString()
        .startsWith("ccvc credentials: profile 2: credentials.profile.unreadable: The profile "
            + "could not be read: ");
  }

  @Test
  void batchJson_unreadable_exitsTwo() throws IOException {
    Path input = write("one.json", "{not json");
    Path output = folder.resolve("out.csv");

    CliRun run = run("--input", input.toString(), "--output", output.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("ccvc credentials: cannot read '" + input + "': The profile could not be "
            + "read: ");
    assertThat(output).doesNotExist();
  }

  @Test
  void batch_standardErrorNeverShowsFullId() throws IOException {
    Path input = write("unit.csv", "citizenId,fullName\n038185011234,Bùi Thị Thủy9\n"
        + "038185011234,Bùi Thị Thủy\n");

    CliRun run = run("--input", input.toString(), "--output", folder.resolve("o.csv").toString());

    assertThat(run.err()).doesNotContain("038185011234").contains("038*****1234");
  }
}
