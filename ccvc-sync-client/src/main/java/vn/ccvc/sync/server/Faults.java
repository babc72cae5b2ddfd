package vn.ccvc.sync.server;

import java.util.Locale;

/**
 * Faults the reference server injects into record requests; never into {@code GET /stats} or
 * record reads. Shares are between 0 and 1 and drawn independently per request from a random
 * generator seeded with {@code seed}.
 *
 * @param errorRate share of record requests that get 500 or 503
 * @param throttleRate share answered 429 with {@code Retry-After}
 * @param dropRate share whose connection is closed without an answer, half of them before and
 *     half after the record is stored
 * @param slowRate share answered after {@code delayMillis}
 * @param delayMillis delay of a slow answer, in milliseconds
 * @param seed seed of the random generator
 */
public record Faults(double errorRate, double throttleRate, double dropRate, double slowRate,
    long delayMillis, long seed) {

  /** No faults at all. */
  public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 0);

  /**
   * Creates faults, checking the ranges.
   *
   * @throws IllegalArgumentException if a share is outside 0–1 or the delay is negative
   */
  public Faults {
    check("error-rate", errorRate);
    check("throttle-rate", throttleRate);
    check("drop-rate", dropRate);
    check("slow-rate", slowRate);
    if (delayMillis < 0) {
      throw new IllegalArgumentException("delay-ms must not be negative, got " + delayMillis);
    }
  }

  /**
   * Parses comma-separated {@code key=value} pairs, each optional: {@code error-rate},
   * {@code throttle-rate}, {@code drop-rate}, {@code slow-rate}, {@code delay-ms} and
   * {@code seed}, for example {@code error-rate=0.3,drop-rate=0.05,seed=7}. A blank text means
   * no faults.
   *
   * @throws IllegalArgumentException on an unknown key, a malformed pair or number, or a share
   *     outside 0–1
   */
  public static Faults parse(String spec) {
    double error = 0;
    double throttle = 0;
    double drop = 0;
    double slow = 0;
    long delay = 100;
    long seed = 0;
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("Fault '" + pair.strip() + "' is not key=value");
      }
      String key = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = pair.substring(equals + 1).strip();
      switch (key) {
        case "error-rate" -> error = rate(key, value);
        case "throttle-rate" -> throttle = rate(key, value);
        case "drop-rate" -> drop = rate(key, value);
        case "slow-rate" -> slow = rate(key, value);
        case "delay-ms" -> delay = number(key, value);
        case "seed" -> seed = number(key, value);
        default -> throw new IllegalArgumentException("Unknown fault key '" + key + "'; use "
            + "error-rate, throttle-rate, drop-rate, slow-rate, delay-ms or seed");
      }
    }
    return new Faults(error, throttle, drop, slow, delay, seed);
  }

  private static double rate(String key, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number from 0 to 1, got '" + value
          + "'", e);
    }
  }

  private static long number(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + value + "'",
          e);
    }
  }

  private static void check(String key, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(key + " must be from 0 to 1, got " + rate);
    }
  }
}
