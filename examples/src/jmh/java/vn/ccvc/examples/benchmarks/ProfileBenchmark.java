package vn.ccvc.examples.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;

/**
 * Measures reading one full profile from JSON and validating it for submission, so the two
 * costs can be compared on the same machine and JVM settings.
 *
 * <p>The profile is {@value #PROFILE_RESOURCE}: every one of the eleven sections filled with
 * Vietnamese text, six own-side and three spouse-side relatives, four training courses, four
 * work periods, five salary changes and a 2.2 KB JPEG photo. The codec and the validator are
 * built once per trial, as a host would keep them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ProfileBenchmark {

  /** Class-path resource that contains the measured profile, UTF-8 JSON. */
  public static final String PROFILE_RESOURCE = "/vn/ccvc/examples/benchmarks/full-profile.json";

  private String json;
  private ProfileCodec codec;
  private ProfileValidator validator;
  private Profile profile;

  /** Loads the profile and builds the codec and the validator. */
  @Setup
  public void setUp() {
    json = readResource(PROFILE_RESOURCE);
    codec = ProfileCodec.create();
    validator = ProfileValidator.create();
    profile = codec.read(json);
  }

  /** Reads the profile from its JSON text. */
  @Benchmark
  public Profile parse() {
    return codec.read(json);
  }

  /** Validates the already-read profile for {@link Stage#SUBMISSION}. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(profile, Stage.SUBMISSION);
  }

  /**
   * Reads a class-path resource as UTF-8 text.
   *
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if reading it fails
   */
  static String readResource(String name) {
    try (InputStream in = ProfileBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Benchmark resource not found on the class path: " + name
            + "; build the jar with mvn -Pbenchmarks package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to read benchmark resource " + name, e);
    }
  }
}
