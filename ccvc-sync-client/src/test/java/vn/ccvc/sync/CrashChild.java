package vn.ccvc.sync;

import java.net.URI;
import java.nio.file.Path;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/** Main class of the child JVM that the crash test kills in the middle of a sync. */
public final class CrashChild {

  private CrashChild() {}

  /** Syncs {@code args[2]} profiles to {@code args[0]} with the journal in {@code args[1]}. */
  public static void main(String[] args) {
    try (SyncTransport transport =
        SyncTransports.open(TransportSettings.builder(URI.create(args[0])).build());
        FileSyncJournal journal = FileSyncJournal.open(Path.of(args[1]))) {
      SyncClient.builder(transport, journal).retry(SyncFixtures.FAST).batchSize(10)
          .concurrency(2).build().sync(SyncFixtures.items(Integer.parseInt(args[2])));
    }
  }
}
