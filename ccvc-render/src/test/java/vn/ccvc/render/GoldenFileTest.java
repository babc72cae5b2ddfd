package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;

/**
 * Compares reproducible renderings with the golden files under
 * {@code src/test/resources/golden/}. After an intended change of the output, regenerate them
 * with the command in {@link Golden#REGENERATE} and review the diff of the text.
 */
class GoldenFileTest {

  private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
  private final FormRenderer renderer = FormRenderer.builder().reproducible(FIXED).build();

  @Test
  void sampleProfile_matchesGolden() {
    Golden.check("01-bui-thi-thuy", renderer.render(TestProfiles.sample(), null));
  }

  @Test
  void richProfileWithAssessment_matchesGolden() {
    Golden.check("rich-with-assessment",
        renderer.render(TestProfiles.rich(), TestProfiles.assessment()));
  }

  @Test
  void twoRendersInOneJvm_byteIdentical() {
    byte[] first = renderer.render(TestProfiles.rich(), TestProfiles.assessment());
    byte[] second = renderer.render(TestProfiles.rich(), TestProfiles.assessment());

    assertThat(Golden.sha256(second)).isEqualTo(Golden.sha256(first));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void rendersOnTwoThreads_identical() throws Exception {
    Profile profile = TestProfiles.rich();
    byte[] alone = renderer.render(profile, TestProfiles.assessment());
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<byte[]>> results = pool.invokeAll(List.of(
          () -> renderAfter(start, profile), () -> renderAfter(start, profile)));
      byte[] first = results.get(0).get(30, TimeUnit.SECONDS);
      byte[] second = results.get(1).get(30, TimeUnit.SECONDS);

      assertThat(first).isEqualTo(alone);
      assertThat(second).isEqualTo(alone);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void differentText_failureNamesLineAndCommand() {
    Golden expected = new Golden("00", 3, List.of("Mẫu 2C-BNV/2008", "Họ và tên: A"));
    Golden actual = new Golden("11", 3, List.of("Mẫu 2C-BNV/2008", "Họ và tên: B"));

    assertThat(expected.describeDifference(actual))
        .isEqualTo("extracted text line 2 is \"Họ và tên: B\" instead of \"Họ và tên: A\"");
    assertThat(Golden.REGENERATE).contains("-Dccvc.golden.update=true");
  }

  @Test
  void differentPageCount_reportedFirst() {
    Golden expected = new Golden("00", 3, List.of("a"));
    Golden actual = new Golden("11", 4, List.of("b"));

    assertThat(expected.describeDifference(actual)).isEqualTo("page count 4 instead of 3");
  }

  @Test
  void onlyBytesDiffer_reportedAsHashChange() {
    Golden expected = new Golden("00", 3, List.of("a"));
    Golden actual = new Golden("11", 3, List.of("a"));

    assertThat(expected.describeDifference(actual)).startsWith(
        "same pages and text, but SHA-256 11 instead of 00");
    assertThat(expected.describeDifference(expected)).isNull();
  }

  @Test
  void missingGoldenFile_failsWithCommand() {
    assumeFalse(Boolean.getBoolean("ccvc.golden.update"), "update mode would create the file");
    byte[] pdf = renderer.render(Profile.empty(), null);

    assertThatThrownBy(() -> Golden.check("no-such-profile", pdf))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Golden file " + Golden.FOLDER.resolve("no-such-profile.txt").toAbsolutePath()
            + " is missing; create it with: " + Golden.REGENERATE);
  }

  private byte[] renderAfter(CyclicBarrier start, Profile profile) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return renderer.render(profile, TestProfiles.assessment());
  }
}
