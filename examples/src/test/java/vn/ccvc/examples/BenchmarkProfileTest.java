package vn.ccvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.render.FormRenderer;

/**
 * Keeps the profiles that the JMH benchmarks measure readable and valid, so the benchmarks time
 * the path of a correct submission. It also fixes the page count of each rendered profile, so
 * the render benchmarks keep measuring documents of the size that docs/benchmarks.md states.
 * The benchmarks themselves build only with -Pbenchmarks.
 */
class BenchmarkProfileTest {

  /** The benchmark profiles' folder, relative to the module directory that Surefire runs in. */
  private static final Path FOLDER = Path.of("src/jmh/resources/vn/ccvc/examples/benchmarks");

  /** The full profile, which the profile, workflow and render benchmarks measure. */
  private static final Path PROFILE = FOLDER.resolve("full-profile.json");

  /** The younger employee's profile, which the render benchmarks measure as well. */
  private static final Path THREE_PAGE_PROFILE = FOLDER.resolve("three-page-profile.json");

  @Test
  void benchmarkProfile_validForSubmission() throws IOException {
    Profile profile = readProfile();

    ValidationReport report = ProfileValidator.create().validate(profile, Stage.SUBMISSION);

    assertThat(report.violations()).isEmpty();
  }

  @Test
  void benchmarkProfile_fillsEverySection() throws IOException {
    Profile profile = readProfile();

    assertThat(profile.identity().photo()).isNotNull();
    assertThat(profile.residence().currentResidence()).isNotNull();
    assertThat(profile.family().spouseSide()).hasSize(3);
    assertThat(profile.personalHistory().relativesAbroad()).isNotNull();
    assertThat(profile.employment().currentPosition()).isNotNull();
    assertThat(profile.qualifications().training()).hasSize(4);
    assertThat(profile.workHistory().entries()).hasSize(4);
    assertThat(profile.salary().history()).hasSize(5);
    assertThat(profile.awardsAndDiscipline().yearlyRatings()).hasSize(4);
    assertThat(profile.partyAndMilitary().organisations()).hasSize(3);
    assertThat(profile.healthAndPolicy().bloodGroup()).isEqualTo("O");
  }

  @Test
  void benchmarkProfile_rendersToFourPages() throws IOException {
    assertThat(pageCount(readProfile())).isEqualTo(4);
  }

  @Test
  void threePageProfile_validForSubmission() throws IOException {
    Profile profile = readProfile(THREE_PAGE_PROFILE);

    ValidationReport report = ProfileValidator.create().validate(profile, Stage.SUBMISSION);

    assertThat(report.violations()).isEmpty();
  }

  @Test
  void threePageProfile_isYoungerEmployee() throws IOException {
    Profile profile = readProfile(THREE_PAGE_PROFILE);

    assertThat(profile.identity().photo()).isNull();
    assertThat(profile.family().ownSide()).hasSize(4);
    assertThat(profile.family().spouseSide()).isEmpty();
    assertThat(profile.qualifications().training()).hasSize(3);
    assertThat(profile.workHistory().entries()).hasSize(3);
    assertThat(profile.salary().history()).hasSize(2);
  }

  @Test
  void threePageProfile_rendersToThreePages() throws IOException {
    assertThat(pageCount(readProfile(THREE_PAGE_PROFILE))).isEqualTo(3);
  }

  private static int pageCount(Profile profile) {
    return FormRenderer.builder().build()
        .render(profile, null, OutputStream.nullOutputStream())
        .pageCount();
  }

  private static Profile readProfile() throws IOException {
    return readProfile(PROFILE);
  }

  private static Profile readProfile(Path file) throws IOException {
    return ProfileCodec.create().read(Files.readString(file, StandardCharsets.UTF_8));
  }
}
