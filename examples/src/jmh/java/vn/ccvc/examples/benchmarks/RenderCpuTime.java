package vn.ccvc.examples.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.render.FormRenderer;

/**
 * Harness, not a JMH benchmark: renders the profile of {@link RenderBenchmark} on one thread
 * and reports the median, 10th and 90th percentile of the thread's CPU time per document, for
 * the default path and for the GSUB path, with their ratio. CPU time leaves out the time the
 * thread waits for a CPU and the work of the garbage collector's own threads. It therefore
 * compares two commits better than JMH's wall-clock time while other processes load the
 * machine, but it is not the time a caller waits.
 *
 * <p>Arguments: documents measured on the default path (default 1,000); the GSUB path measures
 * a tenth as many. Each path first renders 1.5 times its count to warm up.
 */
public final class RenderCpuTime {

  private RenderCpuTime() {}

  /** Runs both paths and prints one line each and the ratio to standard output. */
  public static void main(String[] args) {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Profile profile = profile();
    double fast = report("document", FormRenderer.builder().build(), profile, documents);
    double gsub = report("documentWithGsub",
        FormRenderer.builder().glyphSubstitution(true).build(), profile,
        Math.max(10, documents / 10));
    System.out.println(String.format(Locale.ROOT, "GSUB/default median CPU time: %.1f",
        gsub / fast));
  }

  private static double report(String name, FormRenderer renderer, Profile profile, int count) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    OutputStream discard = OutputStream.nullOutputStream();
    for (int i = 0; i < count * 3 / 2; i++) {
      renderer.render(profile, null, discard);
    }
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      long start = threads.getCurrentThreadCpuTime();
      renderer.render(profile, null, discard);
      nanos[i] = threads.getCurrentThreadCpuTime() - start;
    }
    Arrays.sort(nanos);
    double median = nanos[count / 2] / 1e6;
    System.out.println(String.format(Locale.ROOT,
        "%s: %d documents, CPU time per document median %.2f ms, p10 %.2f ms, p90 %.2f ms",
        name, count, median, nanos[count / 10] / 1e6, nanos[count * 9 / 10] / 1e6));
    return median;
  }

  private static Profile profile() {
    try (InputStream in = RenderCpuTime.class.getResourceAsStream(
        ProfileBenchmark.PROFILE_RESOURCE)) {
      return ProfileCodec.create().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
