package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    CliRun run = CliRun.run(VALID, "validate", "--bogus", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc validate: Unknown option: '--bogus'",
        "Run 'ccvc validate --help' for usage.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badStage_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate", "--stage", "final", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--stage': 'final' is not valid; use draft or submission.");
  }

  @Test
  void badFormat_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate", "--format", "xml", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--format': 'xml' is not valid; use text or json.");
  }

  @Test
  void badToday_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate", "--today", "01/07/2026", "x.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("ccvc validate: Invalid value for option"
        + " '--today': '01/07/2026' is not a date in the form yyyy-MM-dd, such as 2026-07-01.");
  }

  @Test
  void noFile_exitsTwo() {
    CliRun run = CliRun.run(VALID, "validate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc validate: Missing FILE: name a profile file or folder, or use --sample.",
        "Run 'ccvc validate --help' for usage.");
  }

  @Test
  void noCommand_exitsTwo() {
    CliRun run = CliRun.run(VALID);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc: Missing command: name one, such as 'ccvc validate FILE'.",
        "Run 'ccvc --help' for usage.");
  }

  @Test
  void unknownCommand_exitsTwo() {
    CliRun run = CliRun.run(VALID, "print");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(1)).isEqualTo("Run 'ccvc --help' for usage.");
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
