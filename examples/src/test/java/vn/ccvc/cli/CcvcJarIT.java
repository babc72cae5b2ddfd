package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code ccvc.jar} run with {@code java -jar}: it starts, builds Hibernate Validator
 * without an expression-language library, writes UTF-8 and prints no log line.
 */
class CcvcJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path scratch;

  @Test
  void version() throws Exception {
    JarProcess run = JarProcess.run(scratch, "--version");

    assertThat(run.status()).isEqualTo(0);
    assertThat(run.outUtf8().strip()).isEqualTo("ccvc " + VersionProvider.version());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validProfile_exitsZero() throws Exception {
    JarProcess run = JarProcess.run(scratch, "validate", "--today", "2026-07-01",
        resource("profiles/valid.json"));

    assertThat(run.status()).as(run.outUtf8()).isEqualTo(0);
    assertThat(run.outUtf8()).contains("089*****1234 | Nguyễn Văn An | hợp lệ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void invalidProfile_exitsOne() throws Exception {
    JarProcess run = JarProcess.run(scratch, "validate", "--format", "json", "--today",
        "2026-07-01", resource("profiles/invalid.json"));

    assertThat(run.status()).as(run.outUtf8()).isEqualTo(1);
    JsonNode line = JSON.readTree(run.outUtf8());
    assertThat(line.get("valid").asBoolean()).isFalse();
    assertThat(codes(line)).contains("citizenId.format");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void output_isUtf8WithLatin1Default() throws Exception {
    JarProcess run = JarProcess.run(scratch, List.of("-Dfile.encoding=ISO-8859-1"), "validate",
        "--today", "2026-07-01", resource("profiles/invalid.json"));

    String out = run.outUtf8();
    assertThat(out).contains("Trần Thị Đào");
    assertThat(out).contains("Tổng cộng");
    assertThat(out).doesNotContain("?");
  }

  @Test
  void normalRun_printsNoLogLine() throws Exception {
    JarProcess run = JarProcess.run(scratch, "validate", "--today", "2026-07-01",
        resource("profiles/valid.json"), resource("profiles/invalid.json"));

    assertThat(run.err()).isEmpty();
    assertThat(run.outUtf8()).doesNotContain("HV000001", "Hibernate Validator", "INFO", "WARN");
  }

  @Test
  void credentials_randomSchemeReadsBundledPasswordList() throws Exception {
    JarProcess run = JarProcess.run(scratch, "credentials", "--citizen-id", "038185011234",
        "--name", "Bùi Thị Thủy", "--scheme", "random");

    assertThat(run.status()).as(run.err()).isEqualTo(0);
    assertThat(run.outUtf8()).matches("038185011234,\\S{16}\\R");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void usageError_exitsTwoWithoutStackTrace() throws Exception {
    JarProcess run = JarProcess.run(scratch, "validate", "--lang", "en", "--format", "xml",
        "a.json");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines().toList()).containsExactly(
        "ccvc validate: Invalid value for option '--format': 'xml' is not valid; use text or"
            + " json.",
        "Run 'ccvc validate --help' for usage.");
    assertThat(run.outUtf8()).isEmpty();
  }

  @Test
  void bundledSampleUnit_isValid() throws Exception {
    JarProcess run = JarProcess.run(scratch, "validate", "--sample");

    assertThat(run.status()).as(run.outUtf8()).isEqualTo(0);
    assertThat(run.outUtf8()).contains("classpath:sample-unit/");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void bundledInvalidSamples_exitOne() throws Exception {
    JarProcess run = JarProcess.run(scratch, "validate", "--format", "json",
        "classpath:invalid-samples");

    assertThat(run.status()).as(run.outUtf8()).isEqualTo(1);
    for (String line : run.outUtf8().lines().toList()) {
      assertThat(JSON.readTree(line).get("valid").asBoolean()).as(line).isFalse();
    }
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(CcvcJarIT.class.getClassLoader().getResource(name).toURI()).toString();
  }

  private static List<String> codes(JsonNode line) {
    List<String> codes = new ArrayList<>();
    line.get("violations").forEach(violation -> codes.add(violation.get("code").asText()));
    return codes;
  }

  @Test
  void largeJsonl_validatedInSmallHeap() throws Exception {
    String profile = new ObjectMapper().readTree(
        CcvcJarIT.class.getClassLoader().getResource("sample-unit/02-nguyen-manh-tuan.json"))
        .toString();
    Path big = scratch.resolve("big.jsonl");
    try (BufferedWriter writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 5000; i++) {
        writer.write(profile);
        writer.write('\n');
      }
    }

    JarProcess run = JarProcess.run(scratch, List.of("-Xmx48m"), "validate", "--stage",
        "draft", "--format", "json", big.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.outUtf8().lines().count()).isEqualTo(5000);
    assertThat(run.status()).isLessThan(2);
  }
}
