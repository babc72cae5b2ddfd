package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;

class ProfileCodecReadAllTest {

  private static final ProfileCodec CODEC = ProfileCodec.create();

  @TempDir
  Path dir;

  private static Profile named(String fullName) {
    Identity identity = new Identity(null, null, null, null, fullName, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    return new Profile(1, identity, null, null, null, null, null, null, null, null, null, null);
  }

  /** Returns the file name as messages show it: runs of 9 or more digits masked. */
  private static String shown(Path file) {
    return Pattern.compile("[0-9]{9,}").matcher(file.toString())
        .replaceAll(run -> CitizenId.mask(run.group()));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void folder_readsJsonAndJsonlInSortedOrder() throws IOException {
    write(dir.resolve("b.json"), CODEC.write(named("Bình")));
    write(dir.resolve("a.jsonl"), CODEC.writeLine(named("An")) + "\n\n  \n"
        + "{\"schemaVersion\": 1, \"identity\": {\"sex\": \"NAM\"}}\n"
        + CODEC.writeLine(named("Anh")) + "\r\n");
    write(dir.resolve("sub/c.JSON"), CODEC.write(named("Cường")));
    write(dir.resolve("notes.txt"), "not a profile");
    write(dir.resolve("sub/readme.md"), "# not a profile");

    List<ProfileSource> sources = CODEC.readAll(List.of(dir));

    assertThat(sources).hasSize(5);
    assertThat(sources.get(0)).isEqualTo(new ProfileSource(dir.resolve("a.jsonl"), 0,
        named("An"), null));
    assertThat(sources.get(2)).isEqualTo(new ProfileSource(dir.resolve("a.jsonl"), 2,
        named("Anh"), null));
    assertThat(sources.get(3)).isEqualTo(new ProfileSource(dir.resolve("b.json"), 0,
        named("Bình"), null));
    assertThat(sources.get(4)).isEqualTo(new ProfileSource(dir.resolve("sub/c.JSON"), 0,
        named("Cường"), null));
  }

  @Test
  void jsonl_badMiddleLineReportedWithFileLine() throws IOException {
    Path file = dir.resolve("unit.jsonl");
    write(file, CODEC.writeLine(named("An")) + "\n\n"
        + "{\"schemaVersion\": 1, \"identity\": {\"sex\": \"NAM\"}}\n"
        + CODEC.writeLine(named("Anh")) + "\n");

    List<ProfileSource> sources = CODEC.readAll(List.of(file));

    assertThat(sources).hasSize(3);
    ProfileSource bad = sources.get(1);
    assertThat(bad.file()).isEqualTo(file);
    assertThat(bad.index()).isEqualTo(1);
    assertThat(bad.profile()).isNull();
    assertThat(bad.isRead()).isFalse();
    assertThat(bad.error().code()).isEqualTo("json.invalidValue");
    assertThat(bad.error().line()).isEqualTo(3);
    assertThat(bad.error().column()).isEqualTo(42);
    assertThat(bad.error().path()).isEqualTo("identity.sex");
    assertThat(bad.error().getMessage()).isEqualTo(shown(file) + " line 3, column 42, at "
        + "identity.sex: the string \"NAM\" is not a valid value; write one of \"MALE\" or "
        + "\"FEMALE\"");
    assertThat(sources.get(2).profile()).isEqualTo(named("Anh"));
    assertThat(sources.get(2).index()).isEqualTo(2);
  }

  @Test
  void jsonl_byteOrderMarkAndMalformedLine() throws IOException {
    Path file = dir.resolve("bom.jsonl");
    byte[] text = ("\uFEFF" + CODEC.writeLine(named("An")) + "\n{\"schemaVersion\": 1,\n")
        .getBytes(StandardCharsets.UTF_8);
    Files.write(file, text);

    List<ProfileSource> sources = CODEC.readAll(List.of(file));

    assertThat(sources.get(0).profile()).isEqualTo(named("An"));
    assertThat(sources.get(1).error().code()).isEqualTo("json.malformed");
    assertThat(sources.get(1).error().line()).isEqualTo(2);
  }

  @Test
  void jsonl_lineOverLimit() throws IOException {
    ProfileCodec codec = ProfileCodec.builder().maxDocumentBytes(30).build();
    Path file = dir.resolve("long.jsonl");
    write(file, "{\"schemaVersion\": 1}\n{\"schemaVersion\": 1, \"residence\": {}}\n"
        + "{\"schemaVersion\": 1}\n");

    List<ProfileSource> sources = codec.readAll(List.of(file));

    assertThat(sources).hasSize(3);
    assertThat(sources.get(1).error().code()).isEqualTo("json.tooLarge");
    assertThat(sources.get(1).error().line()).isEqualTo(2);
    assertThat(sources.get(1).error().getMessage()).isEqualTo(shown(file) + " line 2: the line is "
        + "longer than the limit of 30 bytes; check that each profile is on its own line (a host "
        + "can raise ProfileCodec.builder().maxDocumentBytes(...))");
    assertThat(sources.get(1).error().reason()).isEqualTo("maxDocumentBytes");
    assertThat(sources.get(2).profile()).isEqualTo(Profile.empty());
  }

  @Test
  void jsonl_moreProfilesThanLimit() throws IOException {
    ProfileCodec codec = ProfileCodec.builder().maxProfilesPerFile(2).build();
    Path file = dir.resolve("many.jsonl");
    write(file, "{\"schemaVersion\": 1}\n".repeat(4));

    List<ProfileSource> sources = codec.readAll(List.of(file));

    assertThat(sources).hasSize(3);
    assertThat(sources.get(2).index()).isEqualTo(2);
    assertThat(sources.get(2).error().code()).isEqualTo("json.tooLarge");
    assertThat(sources.get(2).error().getMessage()).isEqualTo(shown(file) + " line 3, column 1: "
        + "the file holds more than 2 profiles, so this line and the rest were not read; split "
        + "the file (a host can raise ProfileCodec.builder().maxProfilesPerFile(...))");
    assertThat(sources.get(2).error().reason()).isEqualTo("maxProfilesPerFile");
  }

  @Test
  void json_fileOverLimit() throws IOException {
    ProfileCodec codec = ProfileCodec.builder().maxDocumentBytes(10).build();
    Path file = dir.resolve("big.json");
    write(file, "{\"schemaVersion\": 1}");

    ProfileSource source = codec.readAll(List.of(file)).get(0);

    assertThat(source.error().code()).isEqualTo("json.tooLarge");
    assertThat(source.error().getMessage()).isEqualTo(shown(file) + ": the document is larger than "
        + "the limit of 10 bytes; split it into smaller documents (a host can raise "
        + "ProfileCodec.builder().maxDocumentBytes(...))");
  }

  @Test
  void json_errorNamesFileAndLine() throws IOException {
    Path file = dir.resolve("one.json");
    write(file, "{\n  \"schemaVersion\": 1,\n  \"salary\": {\"step\": \"3\"}\n}\n");

    ProfileReadException error = CODEC.readAll(List.of(file)).get(0).error();

    assertThat(error.code()).isEqualTo("json.wrongType");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.column()).isEqualTo(22);
    assertThat(error.getMessage()).startsWith(shown(file) + " line 3, column 22, at salary.step: ");
  }

  @Test
  void missingPath_oneFailedEntry() {
    Path missing = dir.resolve("missing.json");

    List<ProfileSource> sources = CODEC.readAll(List.of(missing));

    assertThat(sources).hasSize(1);
    assertThat(sources.get(0).file()).isEqualTo(missing);
    assertThat(sources.get(0).index()).isZero();
    ProfileReadException error = sources.get(0).error();
    assertThat(error.code()).isEqualTo("io.unreadable");
    assertThat(error.line()).isZero();
    assertThat(error.column()).isZero();
    assertThat(error.path()).isEmpty();
    assertThat(error.getMessage()).isEqualTo(shown(missing) + ": the file does not exist; check "
        + "the path");
    assertThat(error.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void pathThroughFile_unreadable() throws IOException {
    Path file = dir.resolve("plain.json");
    write(file, "{\"schemaVersion\": 1}");
    Path inside = file.resolve("x.json");

    ProfileSource source = CODEC.readAll(List.of(inside)).get(0);

    assertThat(source.error().code()).isEqualTo("io.unreadable");
    assertThat(source.error().getMessage()).isEqualTo(shown(inside) + ": the file cannot be "
        + "read (Not a directory); check the path");
  }

  @Test
  void citizenIdInFileNameMasked() throws IOException {
    Path file = dir.resolve("038075011234.json");
    write(file, "{}");

    ProfileReadException error = CODEC.readAll(List.of(file)).get(0).error();

    assertThat(error.code()).isEqualTo("json.unsupportedSchemaVersion");
    assertThat(error.getMessage()).contains("038*****1234.json line 1, column 1");
    assertThat(error.getMessage()).doesNotContain("038075011234");
  }

  @Test
  void brokenLinkInFolder_reported() throws IOException {
    Path link = dir.resolve("gone.json");
    Files.createSymbolicLink(link, dir.resolve("nowhere.json"));

    List<ProfileSource> sources = CODEC.readAll(List.of(dir));

    assertThat(sources).hasSize(1);
    assertThat(sources.get(0).file()).isEqualTo(link);
    assertThat(sources.get(0).error().code()).isEqualTo("io.unreadable");
  }

  @Test
  void symlinkLoop_walkedOnce() throws IOException {
    write(dir.resolve("a/one.json"), CODEC.write(named("Một")));
    Files.createSymbolicLink(dir.resolve("a/back"), dir);
    write(dir.resolve("b/two.jsonl"), CODEC.writeLine(named("Hai")) + "\n");
    Files.createSymbolicLink(dir.resolve("b/sideways"), dir.resolve("a"));

    List<ProfileSource> sources = CODEC.readAll(List.of(dir));

    assertThat(sources).extracting(ProfileSource::file).containsExactly(
        dir.resolve("a/one.json"), dir.resolve("b/sideways/one.json"),
        dir.resolve("b/two.jsonl"));
    assertThat(sources).allMatch(ProfileSource::isRead);
  }

  @Test
  void severalPaths_keepGivenOrder() throws IOException {
    Path second = dir.resolve("x/second.json");
    Path first = dir.resolve("y/first.json");
    write(second, CODEC.write(named("Hai")));
    write(first, CODEC.write(named("Một")));

    List<ProfileSource> sources = CODEC.readAll(List.of(dir.resolve("y"), second));

    assertThat(sources).extracting(ProfileSource::file).containsExactly(first, second);
  }

  @Test
  void fileNamedDirectly_readWhateverItsName() throws IOException {
    Path file = dir.resolve("profile.txt");
    write(file, CODEC.write(named("An")));

    assertThat(CODEC.readAll(List.of(file)).get(0).profile()).isEqualTo(named("An"));
  }

  @Test
  void emptyFolder_noEntries() {
    assertThat(CODEC.readAll(List.of(dir))).isEmpty();
  }

  @Test
  void source_exactlyOneOfProfileAndError() {
    Path file = dir.resolve("a.json");
    ProfileReadException error = new ProfileReadException("io.unreadable", "x", 0, 0, "");

    assertThatThrownBy(() -> new ProfileSource(file, 0, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exactly one of profile and error must be given");
    assertThatThrownBy(() -> new ProfileSource(file, 0, Profile.empty(), error))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exactly one of profile and error must be given");
    assertThatThrownBy(() -> new ProfileSource(file, -1, Profile.empty(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be 0 or more, was -1");
  }

  @Test
  void read_handsEachEntryBeforeReadingTheNext() throws IOException {
    Path file = dir.resolve("unit.jsonl");
    write(file, CODEC.writeLine(named("An")) + "\n" + CODEC.writeLine(named("Bình")) + "\n");
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> CODEC.read(file, source -> {
      seen.add(source.profile().identity().fullName());
      throw new IllegalStateException("stop");
    })).isInstanceOf(IllegalStateException.class).hasMessage("stop");
    assertThat(seen).containsExactly("An");
  }

  @Test
  void read_folderInSortedOrder() throws IOException {
    write(dir.resolve("b.json"), CODEC.write(named("Bình")));
    write(dir.resolve("a.jsonl"), CODEC.writeLine(named("An")) + "\n");
    List<ProfileSource> sources = new ArrayList<>();

    CODEC.read(dir, sources::add);

    assertThat(sources).extracting(ProfileSource::file)
        .containsExactly(dir.resolve("a.jsonl"), dir.resolve("b.json"));
  }

  @Test
  void folder_skipsHiddenFilesAndFolders() throws IOException {
    write(dir.resolve("a.json"), CODEC.write(named("An")));
    write(dir.resolve(".draft.json"), "not read");
    write(dir.resolve(".git/config.json"), "not read");

    List<ProfileSource> sources = CODEC.readAll(List.of(dir));

    assertThat(sources).extracting(ProfileSource::file).containsExactly(dir.resolve("a.json"));
  }

  @Test
  void folder_hiddenFolderNamedDirectlyIsRead() throws IOException {
    Path hidden = dir.resolve(".unit");
    write(hidden.resolve("a.json"), CODEC.write(named("An")));

    assertThat(CODEC.readAll(List.of(hidden))).extracting(ProfileSource::file)
        .containsExactly(hidden.resolve("a.json"));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void folder_skipsPipeNamedLikeProfile() throws Exception {
    write(dir.resolve("a.json"), CODEC.write(named("An")));
    Path pipe = makePipe(dir.resolve("p.json"));

    List<ProfileSource> sources = CODEC.readAll(List.of(dir));

    assertThat(sources).extracting(ProfileSource::file).containsExactly(dir.resolve("a.json"));
    assertThat(Files.exists(pipe)).isTrue();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void pipeNamedDirectly_failsWithoutReading() throws Exception {
    Path pipe = makePipe(dir.resolve("p.json"));

    ProfileReadException error = CODEC.readAll(List.of(pipe)).get(0).error();

    assertThat(error.code()).isEqualTo("io.unreadable");
    assertThat(error.reason()).isEqualTo("notRegularFile");
    assertThat(error.getMessage()).isEqualTo(shown(pipe) + ": it is not a regular file but a "
        + "device, pipe or socket; name a .json or .jsonl file");
  }

  private static Path makePipe(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    return path;
  }
}
