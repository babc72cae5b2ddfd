package vn.ccvc.examples.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;
import vn.ccvc.sync.FileSyncJournal;
import vn.ccvc.sync.SyncClient;
import vn.ccvc.sync.SyncItem;
import vn.ccvc.sync.SyncSummary;
import vn.ccvc.sync.SyncTransports;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/**
 * Harness benchmark of the sync client against the reference server on loopback: profiles per
 * second sent in batches with concurrent requests, against one request per profile sent
 * sequentially, in the same run, with the ratio. Each mode runs {@value #ROUNDS} times on a
 * fresh server and journal after one warm-up round; the best round counts.
 *
 * <p>Arguments: the number of profiles (default {@value #DEFAULT_PROFILES}), the batch size
 * (default 50) and the concurrency (default 4).
 */
public final class SyncBenchmark {

  static final int DEFAULT_PROFILES = 2000;
  static final int ROUNDS = 3;

  private SyncBenchmark() {}

  /**
   * Runs the benchmark and prints a table to standard output.
   *
   * @throws IOException if a temporary journal folder cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    int profiles = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PROFILES;
    int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    List<SyncItem> items = items(profiles);

    run(items, batchSize, concurrency);
    run(items, 1, 1);
    double batched = best(items, batchSize, concurrency);
    double single = best(items, 1, 1);

    System.out.println("| mode | profiles per second |");
    System.out.println("| --- | --- |");
    System.out.println(String.format(Locale.ROOT, "| batches of %d, %d concurrent | %,.0f |",
        batchSize, concurrency, batched));
    System.out.println(String.format(Locale.ROOT, "| one per request, sequential | %,.0f |",
        single));
    System.out.println(String.format(Locale.ROOT, "batched/sequential ratio: %.1f",
        batched / single));
  }

  private static double best(List<SyncItem> items, int batchSize, int concurrency)
      throws IOException {
    double best = 0;
    for (int i = 0; i < ROUNDS; i++) {
      best = Math.max(best, run(items, batchSize, concurrency));
    }
    return best;
  }

  /** Syncs every item to a fresh server and journal and returns profiles per second. */
  private static double run(List<SyncItem> items, int batchSize, int concurrency)
      throws IOException {
    Path folder = Files.createTempDirectory("ccvc-sync-bench");
    try (MinistryServer server = MinistryServer.builder().start();
        SyncTransport transport =
            SyncTransports.open(TransportSettings.builder(server.uri()).build());
        FileSyncJournal journal = FileSyncJournal.open(folder)) {
      long start = System.nanoTime();
      SyncSummary summary = SyncClient.builder(transport, journal).batchSize(batchSize)
          .concurrency(concurrency).build().sync(items);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!summary.allSucceeded()) {
        throw new IllegalStateException("benchmark sync did not succeed: " + summary);
      }
      return items.size() / seconds;
    } finally {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static List<SyncItem> items(int count) {
    List<SyncItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Identity identity = new Identity("Ủy ban nhân dân tỉnh Thanh Hóa", "Sở Nội vụ", null,
          null, "Nguyễn Văn An", null, null, null, null, "1985-05-15", Sex.MALE, "Thanh Hóa",
          "Thanh Hóa", "01", "00", String.format(Locale.ROOT, "0381%08d", i), "2021-03-01",
          null, null, null);
      items.add(new SyncItem(new Profile(Profile.SCHEMA_VERSION, identity, null, null, null,
          null, null, null, null, null, null, null), "1"));
    }
    return items;
  }
}
