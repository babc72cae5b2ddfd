package vn.ccvc.examples.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.ccvc.model.Profile;
import vn.ccvc.render.FormRenderer;

/**
 * Harness, not a JMH benchmark: renders the profiles of {@link RenderBenchmark} on one thread
 * and reports the median, 10th and 90th percentile of the thread's CPU time per document, for
 * the default path and for the GSUB path, with their ratio, for each profile in turn. CPU time
 * leaves out the time the thread waits for a CPU and the work of the garbage collector's own
 * threads. It therefore compares two commits better than JMH's wall-clock time while other
 * processes load the machine, but it is not the time a caller waits.
 *
 * <p>Arguments: documents measured on the default path (default 1,000), then the names of the
 * profiles to measure (default {@code full three-page}, the values of {@link RenderBenchmark}'s
 * {@code profile} parameter). The GSUB path measures a tenth as many documents. Each path first
 * renders 1.5 times its count to warm up. The profiles share one JVM, so a later profile runs on
 * code that the earlier ones compiled. To measure each in a fresh JVM, give one name per run.
 */
public final class RenderCpuTime {

  private RenderCpuTime() {}

  /**
   * Runs both paths for each profile and prints one line per path and the ratio to standard
   * output.
   *
   * @throws IllegalArgumentException if a profile name is unknown
   * @throws NumberFormatException if the first argument is not a whole number
   */
  public static void main(String[] args) {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    List<String> names = args.length > 1
        ? List.of(args).subList(1, args.length)
        : List.of("full", "three-page");
    for (String name : names) {
      measure(name, RenderBenchmark.readProfile(name), documents);
    }
  }

  private static void measure(String name, Profile profile, int documents) {
    FormRenderer fast = FormRenderer.builder().build();
    FormRenderer withGsub = FormRenderer.builder().glyphSubstitution(true).build();
    int pages = fast.render(profile, null, OutputStream.nullOutputStream()).pageCount();
    System.out.println(String.format(Locale.ROOT, "profile %s (%d pages)", name, pages));
    double fastMedian = report("document", fast, profile, documents);
    double gsubMedian = report("documentWithGsub", withGsub, profile,
        Math.max(10, documents / 10));
    System.out.println(String.format(Locale.ROOT, "GSUB/default median CPU time: %.1f",
        gsubMedian / fastMedian));
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
}
