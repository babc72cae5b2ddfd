package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.CcvcException;

/** The command line itself: help, version, usage errors and failures. */
class CcvcTest {

  private static final Checker.Factory VALID = CliRun.fakeChecker(java.util.Map.of());

  @TempDir
  Path folder;

  @Test
  void help_exitsZero() {
    CliRun run = CliRun.run(VALID, "--help");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).startsWith("Usage: ccvc [-hV] [--debug] COMMAND");
    assertThat(run.out()).contains("validate");
  }

  @Test
  void validateHelp_listsOptionsAndExitStatus() {
    CliRun run = CliRun.run(VALID, "validate", "--help");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("--stage=draft|submission", "--format=text|json",
        "--lang=vi|en", "--catalogs=DIR", "--today=yyyy-MM-dd", "--ascii", "--sample");
    assertThat(run.out()).contains("Exit status:", "  2   a file cannot be read or parsed");
    assertThat(run.out()).contains("classpath:invalid-samples");
  }

  @Test
  void unknownCommand_english() {
    CliRun run = CliRun.run(VALID, "foo", "--lang", "en");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .startsWith("ccvc: Unknown command 'foo'; commands: validate, credentials, report");
    assertThat(run.errLines().get(1)).isEqualTo("Run 'ccvc --help' for usage.");
  }

  @Test
  void unknownOption_vietnameseLeadIn() {
    CliRun run = CliRun.run(VALID, "validate", "--bogus", "x.json");

    assertThat(run.errLines()).containsExactly(
        "ccvc validate: Dòng lệnh không hợp lệ: Unknown option: '--bogus'",
        "Chạy 'ccvc validate --help' để xem cách dùng.");
  }

  @Test
  void badStage_vietnamese() {
    CliRun run = CliRun.run(VALID, "validate", "--stage", "final", "x.json");

    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Giá trị không hợp lệ cho tùy"
        + " chọn '--stage': 'final' không hợp lệ; hãy dùng draft hoặc submission.");
  }

  @Test
  void impossibleToday_notCalendarDate() {
    CliRun run = CliRun.run(VALID, "validate", "--lang", "en", "--today", "2023-02-30",
        "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--today': '2023-02-30' is not a calendar date; check the day and the month.");
  }

  @Test
  void flagWithValue_saysUseAlone() {
    CliRun run = CliRun.run(VALID, "validate", "--lang", "en", "--ascii=yes", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Option '--ascii' takes no"
        + " value; write --ascii alone, without '=...'.");
  }

  @Test
  void emptyPath_usageError() {
    CliRun run = CliRun.run(VALID, "validate", "--lang", "en", "");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("ccvc validate: Empty FILE: an empty argument"
        + " names no file; give the path of a file or folder.",
        "Run 'ccvc validate --help' for usage.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void outOfMemory_exitsThreeWithOneLine() throws IOException {
    Path file = profileFile();
    Checker.Factory failing = (catalogs, clock, locale) -> (profile, stage) -> {
      throw new OutOfMemoryError("Java heap space");
    };
    StringWriter err = new StringWriter();

    int status = Ccvc.run(new String[] {"validate", file.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err), failing);

    assertThat(status).isEqualTo(3);
    assertThat(err.toString().lines().toList()).containsExactly("ccvc: internal error: the tool"
        + " ran out of memory. Give Java more memory (for example java -Xmx1g -jar ccvc.jar"
        + " ...) or split the input; run the command again with --debug to see the stack"
        + " trace, and report it.");
  }

  @Test
  void outOfMemory_debugPrintsStackTrace() throws IOException {
    Path file = profileFile();
    Checker.Factory failing = (catalogs, clock, locale) -> (profile, stage) -> {
      throw new OutOfMemoryError("Java heap space");
    };
    StringWriter err = new StringWriter();

    int status = Ccvc.run(new String[] {"validate", "--debug", file.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err), failing);

    assertThat(status).isEqualTo(3);
    assertThat(err.toString()).contains("java.lang.OutOfMemoryError: Java heap space", "\tat ");
  }

  @Test
  void outputFailure_exitsThree() throws IOException {
    Path file = profileFile();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    StringWriter err = new StringWriter();

    int status = Ccvc.run(new String[] {"validate", file.toString()},
        new PrintWriter(full), new PrintWriter(err), VALID);

    assertThat(status).isEqualTo(3);
    assertThat(err.toString().lines().toList()).containsExactly("ccvc: cannot write the results"
        + " to standard output (the disk may be full or the pipe closed); the output is"
        + " incomplete.");
  }

  @Test
  void version_isTheProjectVersion() {
    CliRun run = CliRun.run(VALID, "--version");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out().strip()).matches("ccvc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void validateVersion_isTheProjectVersion() {
    CliRun run = CliRun.run(VALID, "validate", "--version");

    assertThat(run.out().strip()).isEqualTo("ccvc " + VersionProvider.version());
  }

  @Test
  void unknownOption_exitsTwoWithOneLineReason() {
    CliRun run = CliRun.run(VALID, "validate", "--lang", "en", "--bogus", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc validate: Unknown option: '--bogus'",
        "Run 'ccvc validate --help' for usage.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badStage_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate", "--lang", "en", "--stage", "final", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--stage': 'final' is not valid; use draft or submission.");
  }

  @Test
  void badFormat_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate", "--format", "xml", "--lang=en", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--format': 'xml' is not valid; use text or json.");
  }

  @Test
  void badToday_exitsTwo() {
    CliRun run = CliRun.run(VALID, "--lang", "en", "validate", "--today", "01/07/2026",
        "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--today': '01/07/2026' is not a date in the form yyyy-MM-dd, such as 2026-07-01.");
  }

  @Test
  void noFile_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc validate: Thiếu FILE: hãy chỉ định tệp hoặc thư mục hồ sơ, hoặc dùng --sample.",
        "Chạy 'ccvc validate --help' để xem cách dùng.");
  }

  @Test
  void noCommand_exitsTwo() {
    CliRun run = CliRun.run(VALID);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc: Thiếu lệnh: hãy ghi một lệnh, ví dụ 'ccvc validate FILE'.",
        "Chạy 'ccvc --help' để xem cách dùng.");
  }

  @Test
  void unknownCommand_exitsTwo() {
    CliRun run = CliRun.run(VALID, "frobnicate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith(
        "ccvc: Không có lệnh 'frobnicate'; các lệnh là: validate, credentials, report");
    assertThat(run.errLines().get(1)).isEqualTo("Chạy 'ccvc --help' để xem cách dùng.");
  }

  @Test
  void internalFailure_exitsThreeWithoutStackTrace() throws IOException {
    Path file = profileFile();
    Checker.Factory failing = (catalogs, clock, locale) -> (profile, stage) -> {
      throw new IllegalStateException("rule table is empty");
    };

    CliRun run = CliRun.run(failing, "validate", file.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.errLines()).containsExactly("ccvc validate: internal error: rule table is"
        + " empty. Run the command again with --debug to see the stack trace, and report it.");
    assertNoStackTrace(run);
  }

  @Test
  void internalFailure_debugPrintsStackTrace() throws IOException {
    Path file = profileFile();
    Checker.Factory failing = (catalogs, clock, locale) -> (profile, stage) -> {
      throw new IllegalStateException("rule table is empty");
    };

    CliRun run = CliRun.run(failing, "validate", "--debug", file.toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("\tat ");
    assertThat(run.err()).contains("IllegalStateException");
  }

  @Test
  void sdkFailure_exitsTwo() throws IOException {
    Path file = profileFile();
    Checker.Factory failing = (catalogs, clock, locale) -> {
      throw new CcvcException("catalog.format", "Catalogue ranks.csv line 3 has 2 columns,"
          + " expected 4; fix the file.");
    };

    CliRun run = CliRun.run(failing, "validate", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("ccvc validate: Catalogue ranks.csv line 3 has 2"
        + " columns, expected 4; fix the file.");
    assertNoStackTrace(run);
  }

  @Test
  void usageErrors_showNoStackTrace() {
    for (List<String> args : List.of(List.of("validate", "--bogus"),
        List.of("validate", "--stage"), List.of("validate", "--today", "x", "a.json"),
        List.of("nope"), List.<String>of())) {
      CliRun run = CliRun.run(VALID, args.toArray(String[]::new));

      assertThat(run.status()).as("status of %s", args).isEqualTo(2);
      assertNoStackTrace(run);
    }
  }

  private Path profileFile() throws IOException {
    Path file = folder.resolve("an.json");
    Files.writeString(file, ValidateCommandTest.profile("Nguyễn Văn An", null),
        StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNoStackTrace(CliRun run) {
    for (String text : List.of(run.out(), run.err())) {
      assertThat(text).doesNotContain("\tat ");
      assertThat(text).doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b");
      assertThat(text).doesNotContain("Caused by");
    }
  }
}
