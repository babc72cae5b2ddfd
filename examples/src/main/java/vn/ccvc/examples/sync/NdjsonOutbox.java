package vn.ccvc.examples.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportResult;

/**
 * Appends records to a newline-delimited JSON file, one {@code {"idempotencyKey":…,"record":…}}
 * line each, forced to disk before returning. A key already in the file is answered as a
 * replay, so resending is harmless. Thread-safe: {@link #send} is synchronized.
 */
final class NdjsonOutbox implements SyncTransport {

  private final Path file;
  private final Set<String> written = new HashSet<>();

  NdjsonOutbox(Path file) {
    this.file = file;
    try {
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int start = line.indexOf("\"idempotencyKey\":\"") + 18;
          if (start >= 18) {
            written.add(line.substring(start, line.indexOf('"', start)));
          }
        }
      }
    } catch (IOException e) {
      throw new TransportException("outbox.read", "Could not read the outbox " + file + ": "
          + e.getMessage(), false, null, e);
    }
  }

  @Override
  public synchronized List<TransportResult> send(List<OutgoingRecord> records) {
    List<TransportResult> results = new ArrayList<>();
    Set<String> added = new HashSet<>();
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      for (OutgoingRecord record : records) {
        if (written.contains(record.idempotencyKey()) || !added.add(record.idempotencyKey())) {
          results.add(TransportResult.of(record.idempotencyKey(),
              TransportResult.Status.REPLAY));
          continue;
        }
        String head = "{\"idempotencyKey\":\"" + record.idempotencyKey() + "\",\"record\":";
        out.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.UTF_8)));
        out.write(ByteBuffer.wrap(record.payload()));
        out.write(ByteBuffer.wrap("}\n".getBytes(StandardCharsets.UTF_8)));
        results.add(TransportResult.of(record.idempotencyKey(),
            TransportResult.Status.ACCEPTED));
      }
      out.force(false);
      // Keys count as written only once forced to disk, so a failed append is resent in full.
      written.addAll(added);
    } catch (IOException e) {
      throw new TransportException("outbox.write", "Could not append to the outbox " + file
          + ": " + e.getMessage(), true, null, e);
    }
    return results;
  }
}
