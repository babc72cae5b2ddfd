package vn.ccvc.examples.benchmarks;

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
import vn.ccvc.credentials.Pbkdf2PasswordHasher;

/**
 * Measures one PBKDF2-HMAC-SHA256 hash at the default cost, 600,000 iterations with a 16-byte
 * salt, as {@link Pbkdf2PasswordHasher#create()} makes it. It is slow by design; the number is
 * the time a host spends per login and per password change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
public class PasswordHashBenchmark {

  private Pbkdf2PasswordHasher hasher;

  /** Builds the hasher with the default parameters. */
  @Setup
  public void setUp() {
    hasher = Pbkdf2PasswordHasher.create();
  }

  /** Hashes a 20-character Vietnamese passphrase with a new salt. */
  @Benchmark
  public String hashDefaultCost() {
    return hasher.hash("Mây trôi qua đồi xanh");
  }
}
