package vn.ccvc.examples.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ProfileBenchmark} with JMH's GC profiler and prints the parse and validate times,
 * the bytes each allocates per operation ({@code gc.alloc.rate.norm}), the validate/parse time
 * ratio and whether the goals hold: validation takes no longer than parsing and allocates at
 * most {@value #MAX_VALIDATE_BYTES} bytes per profile.
 *
 * <p>Arguments are JMH's own command-line options, such as {@code -f 1 -wi 3} for a quicker run.
 */
public final class ProfileBenchmarkReport {

  /** Goal for the time of validating a profile divided by the time of reading it. */
  static final double MAX_TIME_RATIO = 1.0;
  /** Goal for the bytes allocated by validating one profile: 100 KB. */
  static final long MAX_VALIDATE_BYTES = 100_000;

  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private ProfileBenchmarkReport() {}

  /**
   * Runs the benchmarks and prints the report to standard output.
   *
   * @throws CommandLineOptionException if an argument is not a valid JMH option
   * @throws RunnerException if JMH fails to run a benchmark
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(ProfileBenchmark.class.getSimpleName() + "\\.")
        .addProfiler(GCProfiler.class)
        .build();
    Collection<RunResult> results = new Runner(options).run();

    RunResult parse = find(results, "parse");
    RunResult validate = find(results, "validate");
    double ratio = parse.getPrimaryResult().getScore() == 0
        ? Double.NaN
        : validate.getPrimaryResult().getScore() / parse.getPrimaryResult().getScore();
    double validateBytes = allocation(validate).getScore();

    System.out.println();
    System.out.println("| benchmark | time | allocated per operation |");
    System.out.println("| --- | --- | --- |");
    System.out.println(row("parse", parse));
    System.out.println(row("validate", validate));
    System.out.println();
    System.out.println(format("validate/parse time ratio: %.2f (goal <= %.2f): %s",
        ratio, MAX_TIME_RATIO, verdict(ratio <= MAX_TIME_RATIO)));
    System.out.println(format("validate allocation: %,.0f B/op (goal <= %,d B/op): %s",
        validateBytes, MAX_VALIDATE_BYTES, verdict(validateBytes <= MAX_VALIDATE_BYTES)));
  }

  private static RunResult find(Collection<RunResult> results, String method) {
    String suffix = "." + ProfileBenchmark.class.getSimpleName() + "." + method;
    return results.stream()
        .filter(result -> result.getParams().getBenchmark().endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("JMH returned no result for " + suffix
            + "; remove any -e or include option that leaves it out"));
  }

  private static Result<?> allocation(RunResult result) {
    Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
    if (allocation == null) {
      throw new IllegalStateException("JMH's GC profiler reported no " + ALLOCATION
          + " for " + result.getParams().getBenchmark());
    }
    return allocation;
  }

  private static String row(String name, RunResult result) {
    return format("| %s | %s | %s |", name,
        withError(result.getPrimaryResult(), "%.3f"), withError(allocation(result), "%,.0f"));
  }

  /** Formats a score with its 99.9 % confidence half-width, which JMH leaves NaN for one run. */
  private static String withError(Result<?> result, String number) {
    String score = format(number, result.getScore());
    if (Double.isNaN(result.getScoreError())) {
      return score + " " + result.getScoreUnit();
    }
    return score + " ± " + format(number, result.getScoreError()) + " " + result.getScoreUnit();
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
