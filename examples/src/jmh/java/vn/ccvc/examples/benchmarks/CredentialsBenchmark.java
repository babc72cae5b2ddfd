package vn.ccvc.examples.benchmarks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.ccvc.credentials.NationalScheme;

/**
 * Measures national-scheme initial passwords per second on one thread: the library's
 * {@link NationalScheme#password} against a plain implementation built on
 * {@link String#replaceAll}, on the same names in the same run.
 *
 * <p>The names are {@value #PEOPLE} Vietnamese full names drawn with a fixed seed from common
 * family, middle and given names, in mixed case and half of them in NFD, each with a 12-digit
 * ID. Each call takes the next one, so the JIT cannot fold the input to a constant. Setup
 * checks that both implementations give the same password for every name.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@Threads(1)
public class CredentialsBenchmark {

  /** Number of distinct people the benchmarks cycle through. */
  static final int PEOPLE = 1024;

  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh",
      "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
  private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh",
      "Thanh", "Xuân", "Thị Kim", "Quốc"};
  private static final String[] GIVEN = {"An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Giang",
      "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khoa", "Linh", "Lộc", "Mai", "Nghĩa",
      "Nhung", "Phượng", "Quỳnh", "Sơn", "Thắng", "Thảo", "Thủy", "Thuỷ", "Trang", "Tuấn",
      "Uyên", "Việt", "Yến", "Đạt"};

  private final String[] ids = new String[PEOPLE];
  private final String[] names = new String[PEOPLE];
  private int next;

  /** Draws the people and checks that both implementations agree on each. */
  @Setup
  public void setUp() {
    Random random = new Random(20260101L);
    for (int i = 0; i < PEOPLE; i++) {
      long id = Math.floorMod(random.nextLong(), 1_000_000_000_000L);
      ids[i] = String.format(Locale.ROOT, "%012d", id);
      names[i] = name(random);
      String expected = NationalScheme.password(ids[i], names[i], null);
      if (!expected.equals(naive(ids[i], names[i]))) {
        throw new IllegalStateException("The two implementations differ for person " + i);
      }
    }
  }

  /** Returns the next person's password from the library. */
  @Benchmark
  public String national() {
    int i = next++ & (PEOPLE - 1);
    return NationalScheme.password(ids[i], names[i], null);
  }

  /** Returns the next person's password from the implementation with regular expressions. */
  @Benchmark
  public String naiveReplaceAll() {
    int i = next++ & (PEOPLE - 1);
    return naive(ids[i], names[i]);
  }

  /**
   * Computes the national password the way a straightforward first version would: split on white
   * space, decompose, and strip marks and other characters with regular expressions.
   */
  static String naive(String id, String fullName) {
    String[] words = fullName.trim().split("\\s+");
    String given = Normalizer.normalize(words[words.length - 1], Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("đ", "d").replaceAll("Đ", "D")
        .replaceAll("[^A-Za-z]", "");
    return given.substring(0, 1).toUpperCase(Locale.ROOT)
        + given.substring(1).toLowerCase(Locale.ROOT) + id.substring(8) + "@";
  }

  private static String name(Random random) {
    String name = FAMILY[random.nextInt(FAMILY.length)] + " "
        + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    String cased = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name;
    return random.nextBoolean() ? Normalizer.normalize(cased, Normalizer.Form.NFD) : cased;
  }
}
