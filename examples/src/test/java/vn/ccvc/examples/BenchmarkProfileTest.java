package vn.ccvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;

/**
 * Keeps the profile that the JMH benchmarks measure readable and valid, so the benchmarks time
 * the path of a correct submission. The benchmarks themselves build only with -Pbenchmarks.
 */
class BenchmarkProfileTest {

  /** The benchmark profile, relative to the module directory that Surefire runs in. */
  private static final Path PROFILE =
      Path.of("src/jmh/resources/vn/ccvc/examples/benchmarks/full-profile.json");

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

  private static Profile readProfile() throws IOException {
    return ProfileCodec.create().read(Files.readString(PROFILE, StandardCharsets.UTF_8));
  }
}
