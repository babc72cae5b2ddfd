package vn.ccvc.sync.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.ccvc.sync.spi.OutgoingRecord;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportException;
import vn.ccvc.sync.spi.TransportResult;

/**
 * Writes each batch as one ZIP file in a folder, for manual upload: {@code records/KEY.json}
 * per record and {@code manifest.json} listing each record's key, entry name, size and
 * SHA-256. A file is written under a temporary name, forced to disk and renamed, so a ZIP that
 * exists is complete; records count as accepted once it is.
 */
final class FileExportTransport implements SyncTransport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final AtomicLong sequence = new AtomicLong();

  FileExportTransport(Path folder) {
    this.folder = folder;
  }

  @Override
  public List<TransportResult> send(List<OutgoingRecord> records) {
    String name = "ccvc-export-" + System.currentTimeMillis() + "-"
        + sequence.incrementAndGet() + ".zip";
    Path target = folder.resolve(name);
    Path temporary = folder.resolve(name + ".tmp");
    try {
      Files.createDirectories(folder);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        writeZip(records, Channels.newOutputStream(channel));
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new TransportException("sync.export", "Could not write the export file " + target
          + ": " + e.getMessage(), false, null, e);
    }
    List<TransportResult> results = new ArrayList<>();
    records.forEach(r -> results.add(
        TransportResult.of(r.idempotencyKey(), TransportResult.Status.ACCEPTED)));
    return results;
  }

  private static void writeZip(List<OutgoingRecord> records, OutputStream out)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    ObjectNode manifest = JSON.createObjectNode().put("format", "ccvc-sync-export/1");
    ArrayNode entries = manifest.putArray("records");
    for (OutgoingRecord record : records) {
      String entry = "records/" + record.idempotencyKey() + ".json";
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(record.payload());
      zip.closeEntry();
      entries.addObject().put("idempotencyKey", record.idempotencyKey()).put("entry", entry)
          .put("bytes", record.payload().length)
          .put("sha256", HexFormat.of().formatHex(Hashing.sha256(record.payload())));
    }
    zip.putNextEntry(new ZipEntry("manifest.json"));
    zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }
}
