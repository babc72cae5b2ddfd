package vn.ccvc.examples.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.render.FormRenderer;
import vn.ccvc.render.RenderReport;

/**
 * Measures rendering one form 2C PDF on one thread: the renderer's default path, with the
 * font's glyph-substitution (GSUB) processing switched off, against the same layout drawn
 * through PDFBox's default GSUB path, in the same run; and a batch of {@value #BATCH}
 * documents. Output goes to a stream that discards it, so only rendering is measured.
 *
 * <p>The {@code profile} parameter names the rendered profile: {@code full}, the profile of
 * {@link ProfileBenchmark} (4 pages), or {@code three-page}, a younger employee's complete
 * profile without a photo (3 pages). NOTE: no valid profile is known to render to 2 pages,
 * because even one with a single relative and a single work period fills 3.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
public class RenderBenchmark {

  /** Documents per operation of {@link #batch()}. */
  static final int BATCH = 10;

  private static final OutputStream DISCARD = OutputStream.nullOutputStream();

  /** Name of the rendered profile, the resource {@code <profile>-profile.json} of this package. */
  @Param({"full", "three-page"})
  public String profile;

  private Profile input;
  private FormRenderer fast;
  private FormRenderer withGsub;

  /** Reads the profile and builds both renderers, as a host keeps them. */
  @Setup
  public void setUp() {
    input = readProfile(profile);
    fast = FormRenderer.builder().build();
    withGsub = FormRenderer.builder().glyphSubstitution(true).build();
  }

  /** Renders one document with GSUB processing off, the renderer's default. */
  @Benchmark
  public RenderReport document() {
    return fast.render(input, null, DISCARD);
  }

  /** Renders the same document through PDFBox's default GSUB path. */
  @Benchmark
  public RenderReport documentWithGsub() {
    return withGsub.render(input, null, DISCARD);
  }

  /** Renders {@value #BATCH} documents in a row; the time is per document. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int batch() {
    int pages = 0;
    for (int i = 0; i < BATCH; i++) {
      pages += fast.render(input, null, DISCARD).pageCount();
    }
    return pages;
  }

  /**
   * Reads a benchmark profile by name.
   *
   * @param name {@code full} or {@code three-page}
   * @throws IllegalArgumentException if no profile has that name
   */
  static Profile readProfile(String name) {
    String resource = "/vn/ccvc/examples/benchmarks/" + name + "-profile.json";
    try (InputStream in = RenderBenchmark.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Benchmark profile not found: " + name
            + "; use full or three-page.");
      }
      return ProfileCodec.create().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
