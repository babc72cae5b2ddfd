package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Section;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/** {@code ccvc validate} run in-process with a fake validator, so every outcome is chosen. */
class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Violation SALARY_ERROR = new Violation("salary.coefficientNotOnScale",
      Severity.ERROR, Section.VIII, "14", "salary.history[2].coefficient",
      "Hệ số lương 3,10 không có trong bảng lương của ngạch 01.003.");

  private static final Violation PHONE_WARNING = new Violation("phone.format", Severity.WARNING,
      Section.II, "8", "residence.phone", "Số điện thoại '09123' có vẻ thiếu chữ số.");

  private static final Checker.Factory CHECKER = CliRun.fakeChecker(Map.of(
      "Trần Thị Đào", List.of(SALARY_ERROR, PHONE_WARNING),
      "Lê Văn Bình", List.of(PHONE_WARNING)));

  @TempDir
  Path folder;

  @Test
  void validProfile_exitsZero() throws IOException {
    Path file = write("an.json", profile("Nguyễn Văn An", "089085001234"));

    CliRun run = CliRun.run(CHECKER, "validate", file.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly(
        file + " [0] | 089*****1234 | Nguyễn Văn An | hợp lệ",
        "Tổng cộng: 1 hồ sơ (1 hợp lệ, 0 có lỗi), 0 lỗi, 0 cảnh báo, 0 không đọc được.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warningsOnly_exitZero() throws IOException {
    Path file = write("binh.json", profile("Lê Văn Bình", null));

    CliRun run = CliRun.run(CHECKER, "validate", file.toString());

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly(
        file + " [0] | — | Lê Văn Bình | hợp lệ, 1 cảnh báo",
        "  CẢNH BÁO | II Cư trú, liên hệ | mục 8 | residence.phone"
            + " | Số điện thoại '09123' có vẻ thiếu chữ số.",
        "Tổng cộng: 1 hồ sơ (1 hợp lệ, 0 có lỗi), 0 lỗi, 1 cảnh báo, 0 không đọc được.");
  }

  @Test
  void profileWithError_exitsOne() throws IOException {
    Path file = write("dao.json", profile("Trần Thị Đào", "089190001234"));

    CliRun run = CliRun.run(CHECKER, "validate", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        file + " [0] | 089*****1234 | Trần Thị Đào | 1 lỗi, 1 cảnh báo",
        "  LỖI | VIII Ngạch, lương, phụ cấp | mục 14 | salary.history[2].coefficient"
            + " | Hệ số lương 3,10 không có trong bảng lương của ngạch 01.003.",
        "  CẢNH BÁO | II Cư trú, liên hệ | mục 8 | residence.phone"
            + " | Số điện thoại '09123' có vẻ thiếu chữ số.",
        "Tổng cộng: 1 hồ sơ (0 hợp lệ, 1 có lỗi), 1 lỗi, 1 cảnh báo, 0 không đọc được.");
  }

  @Test
  void englishLabels() throws IOException {
    Path file = write("dao.json", profile("Trần Thị Đào", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", file.toString());

    assertThat(run.outLines()).containsExactly(
        file + " [0] | — | Trần Thị Đào | 1 error, 1 warning",
        "  ERROR | VIII Rank, salary and allowances | item 14 | salary.history[2].coefficient"
            + " | Hệ số lương 3,10 không có trong bảng lương của ngạch 01.003.",
        "  WARNING | II Residence and contact | item 8 | residence.phone"
            + " | Số điện thoại '09123' có vẻ thiếu chữ số.",
        "Total: 1 profile (0 valid, 1 with errors), 1 error, 1 warning, 0 unreadable.");
  }

  @Test
  void errorAndValid_exitOne() throws IOException {
    Path valid = write("an.json", profile("Nguyễn Văn An", null));
    Path invalid = write("dao.json", profile("Trần Thị Đào", null));

    CliRun run = CliRun.run(CHECKER, "validate", valid.toString(), invalid.toString());

    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void unreadableFile_winsOverError() throws IOException {
    Path invalid = write("dao.json", profile("Trần Thị Đào", null));
    Path broken = write("broken.json", "{\"identity\": {");

    CliRun run = CliRun.run(CHECKER, "validate", invalid.toString(), broken.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).last().isEqualTo(
        "Tổng cộng: 1 hồ sơ (0 hợp lệ, 1 có lỗi), 1 lỗi, 1 cảnh báo, 1 không đọc được.");
  }

  @Test
  void unreadableFile_exitsTwoAfterValidOne() throws IOException {
    Path valid = write("an.json", profile("Nguyễn Văn An", null));

    CliRun run = CliRun.run(CHECKER, "validate", valid.toString(), "missing.json");

    assertThat(run.status()).isEqualTo(2);
  }

  @Test
  void missingFile_textLine() {
    CliRun run = CliRun.run(CHECKER, "validate", "missing.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).containsExactly(
        "missing.json | không đọc được (file.notFound)"
            + " | Không có tệp hoặc thư mục này; hãy kiểm tra đường dẫn.",
        "Tổng cộng: 0 hồ sơ (0 hợp lệ, 0 có lỗi), 0 lỗi, 0 cảnh báo, 1 không đọc được.");
  }

  @Test
  void json_profileLine() throws IOException {
    Path valid = write("an.json", profile("Nguyễn Văn An", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", valid.toString());

    assertThat(run.outLines()).containsExactly(
        "{\"file\":" + JSON.writeValueAsString(valid.toString())
            + ",\"index\":0,\"valid\":true,\"violations\":[]}");
  }

  @Test
  void json_violationFields() throws IOException {
    Path invalid = write("dao.json", profile("Trần Thị Đào", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", invalid.toString());

    assertThat(run.outLines()).hasSize(1);
    JsonNode line = JSON.readTree(run.outLines().get(0));
    assertThat(fieldNames(line)).containsExactly("file", "index", "valid", "violations");
    assertThat(line.get("file").asText()).isEqualTo(invalid.toString());
    assertThat(line.get("index").isInt()).isTrue();
    assertThat(line.get("index").asInt()).isEqualTo(0);
    assertThat(line.get("valid").isBoolean()).isTrue();
    assertThat(line.get("valid").asBoolean()).isFalse();
    JsonNode first = line.get("violations").get(0);
    assertThat(fieldNames(first))
        .containsExactly("code", "severity", "section", "item", "path", "message");
    assertThat(first.get("code").asText()).isEqualTo("salary.coefficientNotOnScale");
    assertThat(first.get("severity").asText()).isEqualTo("ERROR");
    assertThat(first.get("section").asText()).isEqualTo("VIII");
    assertThat(first.get("item").isTextual()).isTrue();
    assertThat(first.get("item").asText()).isEqualTo("14");
    assertThat(first.get("path").asText()).isEqualTo("salary.history[2].coefficient");
    assertThat(first.get("message").asText())
        .isEqualTo("Hệ số lương 3,10 không có trong bảng lương của ngạch 01.003.");
    assertThat(line.get("violations").get(1).get("severity").asText()).isEqualTo("WARNING");
  }

  @Test
  void json_missingFile() {
    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", "--lang", "en",
        "missing.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).containsExactly("{\"file\":\"missing.json\",\"error\":{"
        + "\"code\":\"file.notFound\",\"line\":null,\"column\":null,\"path\":null,"
        + "\"message\":\"No such file or folder; check the path.\"}}");
  }

  @Test
  void json_unparsableFile() throws IOException {
    Path broken = write("broken.json", "{\"identity\": {\n\"fullName\": ");

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", broken.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(1);
    JsonNode line = JSON.readTree(run.outLines().get(0));
    assertThat(fieldNames(line)).containsExactly("file", "error");
    assertThat(line.get("file").asText()).isEqualTo(broken.toString());
    JsonNode error = line.get("error");
    assertThat(fieldNames(error)).containsExactly("code", "line", "column", "path", "message");
    assertThat(error.get("code").asText()).isNotBlank();
    assertThat(error.get("line").isInt()).isTrue();
    assertThat(error.get("message").asText()).isNotBlank();
  }

  @Test
  void jsonl_indexCountsProfiles() throws IOException {
    Path file = write("unit.jsonl", profile("Nguyễn Văn An", null).replace('\n', ' ') + "\n"
        + profile("Trần Thị Đào", null).replace('\n', ' ') + "\n"
        + profile("Lê Văn Bình", null).replace('\n', ' ') + "\n");

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", file.toString());

    assertThat(run.status()).isEqualTo(1);
    List<Integer> indexes = new ArrayList<>();
    for (String line : run.outLines()) {
      indexes.add(JSON.readTree(line).get("index").asInt());
    }
    assertThat(indexes).containsExactly(0, 1, 2);
  }

  @Test
  void folder_readsProfileFilesSorted() throws IOException {
    write("b.json", profile("Nguyễn Văn An", null));
    write("a.jsonl", profile("Lê Văn Bình", null).replace('\n', ' ') + "\n");
    write("notes.txt", "not a profile");
    Files.createDirectories(folder.resolve("sub"));
    write("sub/c.json", profile("Nguyễn Văn An", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", folder.toString());

    assertThat(run.status()).isEqualTo(0);
    List<String> files = new ArrayList<>();
    for (String line : run.outLines()) {
      files.add(JSON.readTree(line).get("file").asText());
    }
    assertThat(files).containsExactly(folder.resolve("a.jsonl").toString(),
        folder.resolve("b.json").toString(), folder.resolve("sub/c.json").toString());
  }

  @Test
  void emptyFolder_exitsTwo() throws IOException {
    write("notes.txt", "not a profile");

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).first().isEqualTo(folder + " | could not be read (file.noProfiles)"
        + " | The folder holds no .json or .jsonl file; name a folder of profiles.");
  }

  @Test
  void otherFileType_exitsTwo() throws IOException {
    Path notes = write("notes.txt", "not a profile");

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", notes.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(JSON.readTree(run.out()).get("error").get("code").asText())
        .isEqualTo("file.unsupportedType");
  }

  @Test
  void classpathFolder_namedByResource() {
    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", "classpath:profiles");

    List<String> files = new ArrayList<>();
    run.outLines().forEach(line -> files.add(readTree(line).get("file").asText()));
    assertThat(files)
        .containsExactly("classpath:profiles/invalid.json", "classpath:profiles/valid.json");
    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void classpathMissing_exitsTwo() {
    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", "classpath:nothing-here");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).first().isEqualTo("classpath:nothing-here"
        + " | could not be read (file.notFound) | No file or folder 'nothing-here' is bundled"
        + " in ccvc; the bundled folders are sample-unit and invalid-samples.");
  }

  @Test
  void ascii_foldsOutput() throws IOException {
    Path file = write("dao.json", profile("Trần Thị Đào", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--ascii", file.toString());

    assertThat(run.outLines()).containsExactly(
        file + " [0] | - | Tran Thi Dao | 1 loi, 1 canh bao",
        "  LOI | VIII Ngach, luong, phu cap | muc 14 | salary.history[2].coefficient"
            + " | He so luong 3,10 khong co trong bang luong cua ngach 01.003.",
        "  CANH BAO | II Cu tru, lien he | muc 8 | residence.phone"
            + " | So dien thoai '09123' co ve thieu chu so.",
        "Tong cong: 1 ho so (0 hop le, 1 co loi), 1 loi, 1 canh bao, 0 khong doc duoc.");
  }

  @Test
  void ascii_json() throws IOException {
    Path file = write("dao.json", profile("Trần Thị Đào", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--ascii", "--format", "json", file.toString());

    assertThat(run.out().chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(readTree(run.outLines().get(0)).get("violations").get(0).get("message").asText())
        .isEqualTo("He so luong 3,10 khong co trong bang luong cua ngach 01.003.");
  }

  @Test
  void citizenId_neverPrintedInFull() throws IOException {
    Violation leaking = new Violation("identity.mismatch", Severity.ERROR, Section.I, "25",
        "identity.citizenId", "Số 089085001234 không khớp năm sinh.");
    Checker.Factory checker = CliRun.fakeChecker(Map.of("Nguyễn Văn An", List.of(leaking)));
    Path file = write("089085001234.json", profile("Nguyễn Văn An", "089085001234"));

    CliRun text = CliRun.run(checker, "validate", file.toString());
    CliRun json = CliRun.run(checker, "validate", "--format", "json", file.toString());

    assertThat(text.out()).doesNotContain("089085001234");
    assertThat(text.out()).contains("089*****1234");
    assertThat(json.out()).doesNotContain("089085001234");
    assertThat(json.out()).contains("Số 089*****1234 không khớp năm sinh.");
  }

  @Test
  void options_reachTheValidator() throws IOException {
    Path file = write("an.json", profile("Nguyễn Văn An", null));
    AtomicReference<Clock> clock = new AtomicReference<>();
    AtomicReference<Locale> locale = new AtomicReference<>();
    AtomicReference<Stage> stage = new AtomicReference<>();
    Checker.Factory recording = (catalogs, c, l) -> {
      clock.set(c);
      locale.set(l);
      return (profile, s) -> {
        stage.set(s);
        return new ValidationReport(profile, s, List.of());
      };
    };

    CliRun.run(recording, "validate", "--today", "2026-07-01", "--stage", "draft", "--lang",
        "en", file.toString());

    assertThat(LocalDate.now(clock.get())).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(clock.get().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(locale.get()).isEqualTo(Locale.ENGLISH);
    assertThat(stage.get()).isEqualTo(Stage.DRAFT);
  }

  @Test
  void options_defaults() throws IOException {
    Path file = write("an.json", profile("Nguyễn Văn An", null));
    AtomicReference<Locale> locale = new AtomicReference<>();
    AtomicReference<Stage> stage = new AtomicReference<>();
    Checker.Factory recording = (catalogs, c, l) -> {
      locale.set(l);
      return (profile, s) -> {
        stage.set(s);
        return new ValidationReport(profile, s, List.of());
      };
    };

    CliRun.run(recording, "validate", file.toString());

    assertThat(locale.get().getLanguage()).isEqualTo("vi");
    assertThat(stage.get()).isEqualTo(Stage.SUBMISSION);
  }

  @Test
  void missingCatalogFolder_usageError() throws IOException {
    Path file = write("an.json", profile("Nguyễn Văn An", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", "--catalogs",
        "no-such-folder", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "ccvc validate: Invalid value for option '--catalogs': folder 'no-such-folder' not"
            + " found; name a folder of catalogue files.",
        "Run 'ccvc validate --help' for usage.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void catalogsFile_notAFolder() throws IOException {
    Path file = write("an.json", profile("Nguyễn Văn An", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--catalogs", file.toString(),
        file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("ccvc validate: Giá trị không hợp lệ cho tùy chọn"
        + " '--catalogs': '" + file + "' là tệp, không phải thư mục; hãy chỉ định thư mục chứa"
        + " các tệp danh mục.", "Chạy 'ccvc validate --help' để xem cách dùng.");
  }

  @Test
  void readError_textIsLocalisedWithoutRepeats() throws IOException {
    Path broken = write("broken.json", "{\"schemaVersion\": 1,}");

    CliRun run = CliRun.run(CHECKER, "validate", broken.toString());

    assertThat(run.outLines()).first().isEqualTo(broken + " | không đọc được (json.malformed),"
        + " dòng 1, cột 21, tại schemaVersion | Có dấu phẩy ngay trước dấu ngoặc đóng; hãy xoá"
        + " dấu phẩy sau phần tử cuối.");
  }

  @Test
  void readError_jsonMessageLocalised() throws IOException {
    Path broken = write("broken.json", "{\"schemaVersion\": 1 /* x */}");

    CliRun run = CliRun.run(CHECKER, "validate", "--format", "json", broken.toString());

    JsonNode error = readTree(run.outLines().get(0)).get("error");
    assertThat(error.get("code").asText()).isEqualTo("json.malformed");
    assertThat(error.get("message").asText())
        .isEqualTo("JSON không cho phép chú thích; hãy xoá chú thích.");
  }

  @Test
  void limitError_tellsCliUserWhatToDo() throws IOException {
    Path deep = write("deep.json", "{\"schemaVersion\": 1, \"x\": " + "[".repeat(40)
        + "]".repeat(40) + "}");

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", deep.toString());

    assertThat(run.outLines().get(0)).endsWith(" | Objects and arrays are nested deeper than the"
        + " limit of 32 levels; the format needs 4, so remove the extra nesting.");
    assertThat(run.out()).doesNotContain("raise", "builder");
  }

  @Test
  void header_placeholdersKeepColumns() throws IOException {
    Path file = write("anon.json", "{\"schemaVersion\": 1}");
    Checker.Factory valid = (catalogs, clock, locale) -> (profile, stage) ->
        new ValidationReport(profile, stage, List.of());

    CliRun run = CliRun.run(valid, "validate", file.toString());

    assertThat(run.outLines()).first().isEqualTo(file + " [0] | — | — | hợp lệ");
  }

  @Test
  void header_showsRepairedName() throws IOException {
    Path file = write("an.json", profile("Nguyen Van An", null));
    Identity repaired = new Identity(null, null, null, null, "Nguyễn Văn An", null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null);
    Profile repairedProfile = new Profile(1, repaired, null, null, null, null, null, null, null,
        null, null, null);
    Checker.Factory repairing = (catalogs, clock, locale) -> (profile, stage) ->
        new ValidationReport(repairedProfile, stage, List.of());

    CliRun run = CliRun.run(repairing, "validate", file.toString());

    assertThat(run.outLines()).first().isEqualTo(file + " [0] | — | Nguyễn Văn An | hợp lệ");
  }

  @Test
  void text_escapesControlCharacters() throws IOException {
    Path file = write("esc\u0007.json", profile("A\\u001b[31mB", null));

    CliRun run = CliRun.run(CHECKER, "validate", file.toString());

    assertThat(run.outLines()).first().isEqualTo(folder.resolve("escU+0007.json")
        + " [0] | — | AU+001B[31mB | hợp lệ");
    assertThat(run.out()).doesNotContain("\u001b", "\u0007");
  }

  @Test
  void emptyJsonl_fileSpecificMessage() throws IOException {
    Path file = write("unit.jsonl", "\n  \n");

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).first().isEqualTo(file + " | could not be read"
        + " (file.noProfiles) | The .jsonl file holds no profile (it is empty or has only blank"
        + " lines); each line of a .jsonl file is one profile.");
  }

  @Test
  void prettyJsonl_hintOnFirstError() throws IOException {
    Path file = write("unit.jsonl", profile("Nguyễn Văn An", null));

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", file.toString());

    assertThat(run.outLines()).first().isEqualTo(file + " [0] | could not be read"
        + " (json.malformed), line 1, column 2 | The document ends before the JSON is complete:"
        + " a closing quote, bracket or brace is missing, or the file was cut short. Hint: a"
        + " .jsonl file holds one profile per line; a pretty-printed profile belongs in a .json"
        + " file.");
    assertThat(run.out().split("Hint:", -1)).hasSize(2);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void pipeNamedDirectly_reportedNotRead() throws Exception {
    Path pipe = folder.resolve("p.json");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

    CliRun run = CliRun.run(CHECKER, "validate", "--lang", "en", pipe.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.outLines()).first().isEqualTo(pipe + " | could not be read"
        + " (io.unreadable) | Not a regular file but a device, pipe or socket; name a .json or"
        + " .jsonl file.");
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** Returns a small profile JSON with the given name and, unless null, citizen ID. */
  static String profile(String fullName, @Nullable String citizenId) {
    String id = citizenId == null ? "" : ",\n    \"citizenId\": \"" + citizenId + "\"";
    return "{\n  \"schemaVersion\": 1,\n  \"identity\": {\n    \"fullName\": \"" + fullName
        + "\"" + id + "\n  }\n}\n";
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNode readTree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("Not a JSON line: " + line, e);
    }
  }
}
