package vn.ccvc.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/** Checks the committed sample files: in sync with the generator, valid, and private. */
class SampleFilesTest {

  /** The examples module's directory: Maven Surefire runs tests from it. */
  private static final Path EXAMPLES = Path.of("").toAbsolutePath();

  private static final Path UNIT = EXAMPLES.resolve(SampleUnitGenerator.UNIT_FOLDER);
  private static final Path INVALID = EXAMPLES.resolve(SampleUnitGenerator.INVALID_FOLDER);

  private final ProfileCodec codec = ProfileCodec.create();

  private final ProfileValidator validator = ProfileValidator.builder()
      .clock(Clock.fixed(SampleUnitGenerator.TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
          .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")))
      .build();

  @Test
  void committedFiles_equalGeneratorOutput(@TempDir Path generated) throws IOException {
    new SampleUnitGenerator(SampleUnitGenerator.DEFAULT_SEED).writeTo(generated);

    for (String folder : List.of(SampleUnitGenerator.UNIT_FOLDER,
        SampleUnitGenerator.INVALID_FOLDER)) {
      Map<String, String> expected = contents(generated.resolve(folder));
      Map<String, String> committed = contents(EXAMPLES.resolve(folder));
      assertThat(committed.keySet()).as(folder).isEqualTo(expected.keySet());
      for (Map.Entry<String, String> file : expected.entrySet()) {
        String name = folder + "/" + file.getKey();
        assertThat(committed.get(file.getKey())).as(name).isEqualTo(file.getValue());
        assertThat(Files.readAllBytes(EXAMPLES.resolve(name))).as(name)
            .isEqualTo(Files.readAllBytes(generated.resolve(name)));
      }
    }
  }

  @Test
  void unitFolder_holdsFortyJsonFiles() throws IOException {
    assertThat(jsonFiles(UNIT)).hasSize(40);
    assertThat(UNIT.resolve(SampleUnitGenerator.PUBLISHED_FILE)).exists();
  }

  @Test
  void unitProfiles_passSubmission() throws IOException {
    for (Path file : jsonFiles(UNIT)) {
      ValidationReport report = validator.validate(read(file), Stage.SUBMISSION);

      assertThat(report.errors()).as(file.getFileName() + ": " + describe(report.errors()))
          .isEmpty();
    }
  }

  @Test
  void publishedProfile_passesSubmission() throws IOException {
    Path file = UNIT.resolve(SampleUnitGenerator.PUBLISHED_FILE);

    ValidationReport report = validator.validate(read(file), Stage.SUBMISSION);

    assertThat(report.hasErrors()).as(describe(report.violations())).isFalse();
  }

  @Test
  void invalidSamples_raiseListedCodes() throws IOException {
    Map<String, List<String>> expected = expectedCodes();

    assertThat(expected.keySet()).containsExactlyElementsOf(
        jsonFiles(INVALID).stream().map(p -> p.getFileName().toString()).toList());
    for (Map.Entry<String, List<String>> sample : expected.entrySet()) {
      ValidationReport report =
          validator.validate(read(INVALID.resolve(sample.getKey())), Stage.SUBMISSION);

      assertThat(report.codes()).as(sample.getKey() + ": " + describe(report.violations()))
          .containsAll(sample.getValue());
    }
  }

  @Test
  void invalidSamples_eachHasAnError() throws IOException {
    for (Path file : jsonFiles(INVALID)) {
      ValidationReport report = validator.validate(read(file), Stage.SUBMISSION);

      assertThat(report.hasErrors()).as(file.getFileName().toString()).isTrue();
    }
  }

  @Test
  void publishedId_inItsOwnFile() throws IOException {
    String text = Files.readString(UNIT.resolve(SampleUnitGenerator.PUBLISHED_FILE),
        StandardCharsets.UTF_8);

    assertThat(text).contains(SampleUnitGenerator.PUBLISHED_CITIZEN_ID);
  }

  @Test
  void publishedId_inNoOtherFileUnderExamples() throws IOException {
    Path own = UNIT.resolve(SampleUnitGenerator.PUBLISHED_FILE);
    List<Path> scanned = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(SampleFilesTest::isProfileData).sorted().toList()) {
        if (file.equals(own) || file.startsWith(EXAMPLES.resolve("target"))) {
          continue;
        }
        scanned.add(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
            .doesNotContain(SampleUnitGenerator.PUBLISHED_CITIZEN_ID);
      }
    }
    assertThat(scanned).hasSizeGreaterThanOrEqualTo(39 + 12);
  }

  private static boolean isProfileData(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".json") || name.endsWith(".jsonl"));
  }

  private Profile read(Path file) throws IOException {
    return codec.read(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> expectedCodes() throws IOException {
    List<String> lines =
        Files.readAllLines(INVALID.resolve(SampleUnitGenerator.EXPECTED_CODES_FILE),
            StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("file,codes");
    Map<String, List<String>> codes = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", 2);
      codes.put(cells[0], List.of(cells[1].split(";")));
    }
    return codes;
  }

  private static List<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        contents.put(file.getFileName().toString(),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return contents;
  }

  private static String describe(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append("\n  ").append(v.severity()).append(' ').append(v.code()).append(' ')
          .append(v.path()).append(": ").append(v.message());
    }
    return text.toString();
  }
}
