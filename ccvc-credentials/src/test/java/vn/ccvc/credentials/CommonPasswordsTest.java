package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.credentials.CredentialAssertions.thrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonPasswordsTest {

  private static final CommonPasswords BUNDLED = CommonPasswords.bundled();

  @Test
  void bundled_hasVietnameseAndEnglishEntries() {
    assertThat(BUNDLED.size()).isGreaterThan(200);
    assertThat(BUNDLED.matches("matkhau")).isTrue();
    assertThat(BUNDLED.matches("anhyeuem")).isTrue();
    assertThat(BUNDLED.matches("password")).isTrue();
    assertThat(BUNDLED.matches("123456789012")).isTrue();
  }

  @Test
  void bundled_readOnce() {
    assertThat(CommonPasswords.bundled()).isSameAs(BUNDLED);
  }

  @Test
  void matches_ignoringCaseDiacriticsAndSpaces() {
    assertThat(BUNDLED.matches("Mật Khẩu")).isTrue();
    assertThat(BUNDLED.matches("ANH YÊU EM")).isTrue();
    assertThat(BUNDLED.matches("Việt Nam")).isTrue();
  }

  @Test
  void matches_coreWithoutDigitsAndSymbols() {
    assertThat(BUNDLED.matches("Matkhau@2024")).isTrue();
    assertThat(BUNDLED.matches("!!Hanhphuc99")).isTrue();
    assertThat(BUNDLED.matches("123welcome456")).isTrue();
  }

  @Test
  void matches_swappedCharacters() {
    assertThat(BUNDLED.matches("P@ssw0rd")).isTrue();
    assertThat(BUNDLED.matches("p4$$w0rd2024")).isTrue();
    assertThat(BUNDLED.matches("!l0vey0u")).isTrue();
    assertThat(BUNDLED.matches("m4tkh4u!")).isTrue();
    assertThat(BUNDLED.matches("v!3tn4m")).isTrue();
  }

  @Test
  void noMatch() {
    assertThat(BUNDLED.matches("Mây trôi qua đồi")).isFalse();
    assertThat(BUNDLED.matches("matkhau2024x")).isFalse();
    assertThat(BUNDLED.matches("")).isFalse();
  }

  @Test
  void of_ignoresBlankEntries() {
    CommonPasswords list = CommonPasswords.of(List.of("Hoa Hồng", " ", ""));
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.matches("hoahong")).isTrue();
  }

  @Test
  void read_skipsCommentsAndBlankLines() throws IOException {
    CommonPasswords list = CommonPasswords.read(new StringReader("# comment\n\nmatkhau\r\nabc\n"));
    assertThat(list.size()).isEqualTo(2);
    assertThat(list.matches("# comment")).isFalse();
  }

  @Test
  void load_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("list.txt");
    Files.writeString(file, "mâytrôi\n", StandardCharsets.UTF_8);
    assertThat(CommonPasswords.load(file).matches("May troi")).isTrue();
  }

  @Test
  void load_missingFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    CredentialException e = thrownBy(() -> CommonPasswords.load(missing));
    assertThat(e.code()).isEqualTo("credentials.passwordList.read");
    assertThat(e.getMessage()).startsWith("Cannot read the password list " + missing + " (")
        .endsWith("); check that the file exists, is readable and is in UTF-8.");
  }
}
