package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.json.ProfileReadException;

/** {@code ccvc validate} in-process with the SDK's own codec, catalogues and validator. */
class SdkValidationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void completeProfile_isValid() throws Exception {
    Path valid = resource("profiles/valid.json");

    CliRun run = CliRun.run("validate", "--today", "2026-07-01", valid.toString());

    assertThat(run.status()).as(run.out()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly(
        valid + " [0] | 089*****1234 | Nguyễn Văn An | hợp lệ",
        "Tổng cộng: 1 hồ sơ (1 hợp lệ, 0 có lỗi), 0 lỗi, 0 cảnh báo, 0 không đọc được.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void malformedCitizenId_exitsOne() throws Exception {
    Path invalid = resource("profiles/invalid.json");

    CliRun run = CliRun.run("validate", "--stage", "draft", "--format", "json", "--today",
        "2026-07-01", invalid.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(1);
    JsonNode violations = JSON.readTree(run.out()).get("violations");
    assertThat(violations).hasSize(1);
    JsonNode violation = violations.get(0);
    assertThat(violation.get("code").asText()).isEqualTo("citizenId.format");
    assertThat(violation.get("severity").asText()).isEqualTo("ERROR");
    assertThat(violation.get("section").asText()).isEqualTo("I");
    assertThat(violation.get("item").asText()).isEqualTo("25");
    assertThat(violation.get("path").asText()).isEqualTo("identity.citizenId");
    assertThat(violation.get("message").asText()).contains("089****0123");
    assertThat(run.out()).doesNotContain("08919000123");
  }

  @Test
  void sexMismatch_isWarningOnly() throws Exception {
    Path profile = write("female.json",
        Files.readString(resource("profiles/valid.json")).replace("\"MALE\"", "\"FEMALE\""));

    CliRun run = CliRun.run("validate", "--today", "2026-07-01", profile.toString());

    assertThat(run.status()).as(run.out()).isEqualTo(0);
    assertThat(run.outLines().get(0))
        .isEqualTo(profile + " [0] | 089*****1234 | Nguyễn Văn An | hợp lệ, 1 cảnh báo");
    assertThat(run.outLines().get(1))
        .startsWith("  CẢNH BÁO | I Thông tin chung | mục 25 | identity.citizenId | ");
  }

  @Test
  void today_reachesTheValidator() throws Exception {
    Path valid = resource("profiles/valid.json");

    CliRun run = CliRun.run("validate", "--today", "1984-01-01", "--format", "json",
        valid.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(JSON.readTree(run.out()).get("violations").get(0).get("code").asText())
        .isEqualTo("date.future");
  }

  @Test
  void malformedJson_exitsTwo() throws IOException {
    Path broken = write("broken.json", "{\"schemaVersion\": 1, \"identity\": {\n");

    CliRun run = CliRun.run("validate", "--format", "json", broken.toString());

    assertThat(run.status()).isEqualTo(2);
    JsonNode error = JSON.readTree(run.out()).get("error");
    assertThat(error.get("code").asText()).isEqualTo(ProfileReadException.MALFORMED);
    assertThat(error.get("line").asInt()).isEqualTo(2);
    assertThat(error.get("column").isInt()).isTrue();
    assertThat(error.get("message").asText()).isNotBlank();
  }

  @Test
  void unknownMember_givesPath() throws Exception {
    Path profile = write("nickname.json",
        Files.readString(resource("profiles/valid.json")).replace("\"homeTown\"", "\"nickname\""));

    CliRun run = CliRun.run("validate", "--format", "json", profile.toString());

    assertThat(run.status()).isEqualTo(2);
    JsonNode error = JSON.readTree(run.out()).get("error");
    assertThat(error.get("code").asText()).isEqualTo(ProfileReadException.UNKNOWN_FIELD);
    assertThat(error.get("path").asText()).isEqualTo("identity.nickname");
    assertThat(error.get("line").asInt()).isEqualTo(10);
  }

  @Test
  void jsonlBadLine_othersStillRead() throws Exception {
    String line = Files.readString(resource("profiles/valid.json")).replaceAll("\\s*\\n\\s*", "");
    Path unit = write("unit.jsonl", line + "\n{\"schemaVersion\": 1,\n" + line + "\n");

    CliRun run = CliRun.run("validate", "--today", "2026-07-01", "--lang", "en",
        unit.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(4);
    assertThat(run.outLines().get(0)).isEqualTo(unit + " [0] | 089*****1234 | Nguyễn Văn An | OK");
    assertThat(run.outLines().get(1))
        .startsWith(unit + " [1] | could not be read (json.malformed), line 2");
    assertThat(run.outLines().get(2)).isEqualTo(unit + " [2] | 089*****1234 | Nguyễn Văn An | OK");
    assertThat(run.outLines().get(3)).isEqualTo(
        "Total: 2 profiles (2 valid, 0 with errors), 0 errors, 0 warnings, 1 unreadable.");
  }

  @Test
  void catalogs_replaceBundled() throws Exception {
    Path catalogs = Files.createDirectories(folder.resolve("catalogs"));
    Files.writeString(catalogs.resolve("religions.csv"),
        "code,name,name_en,code_system,notes\n01,Phật giáo,,statistics-office codes,\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", "--format", "json", "--today", "2026-07-01",
        "--catalogs", catalogs.toString(), resource("profiles/valid.json").toString());

    assertThat(run.status()).as(run.out()).isEqualTo(1);
    JsonNode violation = JSON.readTree(run.out()).get("violations").get(0);
    assertThat(violation.get("code").asText()).isEqualTo(Catalogs.UNKNOWN_CODE);
    assertThat(violation.get("path").asText()).isEqualTo("identity.religionCode");
  }

  @Test
  void badCatalogFile_exitsTwoWithOneLine() throws Exception {
    Path catalogs = Files.createDirectories(folder.resolve("catalogs"));
    Files.writeString(catalogs.resolve("religion.csv"), "x\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", "--lang", "en", "--catalogs", catalogs.toString(),
        resource("profiles/valid.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("ccvc validate: Catalogue directory '"
        + catalogs + "' contains 'religion.csv', which is not a catalogue file name;");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badCatalogFile_vietnameseLeadIn() throws Exception {
    Path catalogs = Files.createDirectories(folder.resolve("catalogs"));
    Files.writeString(catalogs.resolve("religion.csv"), "x\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("validate", "--catalogs", catalogs.toString(),
        resource("profiles/valid.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("ccvc validate: Không nạp được danh mục:"
        + " Catalogue directory '" + catalogs + "' contains 'religion.csv'");
  }

  @Test
  void output_neverHasStackTrace() throws Exception {
    Path broken = write("broken.json", "{");
    for (List<String> args : List.of(List.of("validate", broken.toString()),
        List.of("validate", "--format", "json", broken.toString(), "missing.json"))) {
      CliRun run = CliRun.run(args.toArray(String[]::new));

      assertThat(run.out() + run.err()).as("output of %s", args).doesNotContain("\tat ");
      assertThat(run.out() + run.err()).as("output of %s", args)
          .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b");
    }
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SdkValidationTest.class.getClassLoader().getResource(name).toURI());
  }
}
