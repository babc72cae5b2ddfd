package vn.ccvc.examples.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link CredentialsBenchmark} and {@link PasswordHashBenchmark} and prints the
 * national-scheme throughput, the naive implementation's throughput, their ratio, whether the
 * goal of {@value #MIN_PASSWORDS_PER_SECOND} passwords a second on one thread holds, and the
 * time of one PBKDF2 hash at the default cost.
 *
 * <p>Arguments are JMH's own command-line options, such as {@code -f 1 -wi 3} for a quicker run.
 */
public final class CredentialsBenchmarkReport {

  /** Goal for national-scheme passwords a second on one thread. */
  static final long MIN_PASSWORDS_PER_SECOND = 2_000_000;

  private CredentialsBenchmarkReport() {}

  /**
   * Runs the benchmarks and prints the report to standard output.
   *
   * @throws CommandLineOptionException if an argument is not a valid JMH option
   * @throws RunnerException if JMH fails to run a benchmark
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Options options = new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(CredentialsBenchmark.class.getSimpleName() + "\\.")
        .include(PasswordHashBenchmark.class.getSimpleName() + "\\.")
        .build();
    Collection<RunResult> results = new Runner(options).run();

    Result<?> national = find(results, CredentialsBenchmark.class, "national");
    Result<?> naive = find(results, CredentialsBenchmark.class, "naiveReplaceAll");
    Result<?> hash = find(results, PasswordHashBenchmark.class, "hashDefaultCost");
    double ratio = national.getScore() / naive.getScore();

    System.out.println();
    System.out.println("| benchmark | score |");
    System.out.println("| --- | --- |");
    System.out.println(format("| national | %s |", withError(national, "%,.0f")));
    System.out.println(format("| naiveReplaceAll | %s |", withError(naive, "%,.0f")));
    System.out.println(format("| hashDefaultCost | %s |", withError(hash, "%.1f")));
    System.out.println();
    System.out.println(format("national/naive throughput ratio: %.1f", ratio));
    System.out.println(format("national throughput: %,.0f ops/s (goal >= %,d ops/s): %s",
        national.getScore(), MIN_PASSWORDS_PER_SECOND,
        national.getScore() >= MIN_PASSWORDS_PER_SECOND ? "met" : "MISSED"));
  }

  private static Result<?> find(Collection<RunResult> results, Class<?> benchmark,
      String method) {
    String suffix = "." + benchmark.getSimpleName() + "." + method;
    return results.stream()
        .filter(result -> result.getParams().getBenchmark().endsWith(suffix))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("JMH returned no result for " + suffix
            + "; remove any -e or include option that leaves it out"))
        .getPrimaryResult();
  }

  /** Formats a score with its 99.9 % confidence half-width, which JMH leaves NaN for one run. */
  private static String withError(Result<?> result, String number) {
    String score = format(number, result.getScore());
    if (Double.isNaN(result.getScoreError())) {
      return score + " " + result.getScoreUnit();
    }
    return score + " ± " + format(number, result.getScoreError()) + " " + result.getScoreUnit();
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
