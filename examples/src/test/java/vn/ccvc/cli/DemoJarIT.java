package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccvc demo} from the built jar on its embedded defaults, as the README's main command
 * runs it: the bundled sample unit, Vietnamese, no log line and no full citizen ID.
 */
class DemoJarIT {

  private static final Pattern FULL_ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  @TempDir
  Path scratch;

  @Test
  void bundledUnit_finishesEveryStep() throws Exception {
    Path out = scratch.resolve("ccvc-demo");
    JarProcess run = JarProcess.run(scratch, "demo", "--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String printed = run.outUtf8();
    assertThat(printed).contains("[6/6] Báo cáo tiến độ")
        .contains("mỗi hồ sơ được nhận đúng một lần");
    assertThat(FULL_ID.matcher(printed).find()).isFalse();
    assertThat(FULL_ID.matcher(run.err()).find()).isFalse();
    assertThat(run.err()).doesNotContain(" INFO ", "WARN");
    try (Stream<Path> pdfs = Files.list(out.resolve("pdf"))) {
      assertThat(pdfs.count()).isEqualTo(40);
    }
    for (String name : List.of("credentials.csv", "report.csv", "report.txt")) {
      assertThat(out.resolve(name)).isRegularFile();
    }
  }
}
