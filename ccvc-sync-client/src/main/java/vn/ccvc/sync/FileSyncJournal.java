package vn.ccvc.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.sync.spi.OutgoingRecord;

/**
 * The default journal: one append-only file of JSON lines, {@code journal.jsonl} in a folder.
 * A line either queues a record (key, citizen ID, payload in Base64) or acknowledges a key.
 * Each append is forced to disk before it returns. A torn last line, left by a crash during a
 * write, is dropped on open. When acknowledged lines outnumber pending ones the file is
 * compacted: the pending lines go to a temporary file that is forced to disk, renamed
 * atomically over the journal, and the folder is forced, so a crash leaves the old or the new
 * journal, never neither. Files are created readable and writable by their owner only, where
 * the file system supports POSIX permissions.
 *
 * <p>Thread-safe: methods synchronize on the journal. One process at a time may open a folder:
 * an operating-system lock on {@code journal.lock} rejects a second one.
 */
public final class FileSyncJournal implements SyncJournal {

  /** Name of the journal file inside the folder. */
  public static final String FILE_NAME = "journal.jsonl";

  private static final Logger LOG = LoggerFactory.getLogger(FileSyncJournal.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COMPACT_MIN_LINES = 1000;
  private static final String LOCK_NAME = "journal.lock";

  private final Path folder;
  private final Path file;
  private final Map<String, OutgoingRecord> pending = new LinkedHashMap<>();
  private final FileChannel lockChannel;
  private FileChannel channel;
  private int lines;

  private FileSyncJournal(Path folder) throws IOException {
    this.folder = folder;
    this.file = folder.resolve(FILE_NAME);
    createOwnerOnly(folder, true);
    this.lockChannel = lock(folder.resolve(LOCK_NAME));
    try {
      if (!Files.exists(file)) {
        createOwnerOnly(file, false);
      }
      load();
      this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
  }

  /**
   * Opens the journal in {@code folder}, creating the folder and the file if needed, and reads
   * the records still pending.
   *
   * @throws SyncException with code {@code sync.journal} if the folder or file cannot be used,
   *     or {@code sync.journalLocked} if another process has the journal open
   */
  public static FileSyncJournal open(Path folder) {
    try {
      return new FileSyncJournal(folder);
    } catch (IOException e) {
      throw new SyncException("sync.journal", "Could not open the sync journal in " + folder
          + ": " + e.getMessage() + "; check that the folder is writable", e);
    }
  }

  @Override
  public synchronized void enqueue(List<OutgoingRecord> records) {
    StringBuilder text = new StringBuilder();
    for (OutgoingRecord record : records) {
      if (pending.putIfAbsent(record.idempotencyKey(), record) == null) {
        text.append(queueLine(record)).append('\n');
      }
    }
    append(text.toString());
  }

  @Override
  public synchronized void acknowledge(String idempotencyKey) {
    if (pending.remove(idempotencyKey) == null) {
      return;
    }
    ObjectNode line = JSON.createObjectNode().put("op", "ack").put("key", idempotencyKey);
    append(line + "\n");
    if (lines >= COMPACT_MIN_LINES && lines > 2 * pending.size()) {
      compact();
    }
  }

  @Override
  public synchronized List<OutgoingRecord> pending() {
    return new ArrayList<>(pending.values());
  }

  /**
   * Rewrites the journal with only the pending records, atomically.
   *
   * @throws SyncException if the new file cannot be written
   */
  public synchronized void compact() {
    Path temporary = folder.resolve(FILE_NAME + ".tmp");
    try {
      Files.deleteIfExists(temporary);
      createOwnerOnly(temporary, false);
      StringBuilder text = new StringBuilder();
      pending.values().forEach(record -> text.append(queueLine(record)).append('\n'));
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        writeFully(out, text.toString());
        out.force(true);
      }
      channel.close();
      moveAtomically(temporary);
      forceFolder();
      channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      lines = pending.size();
    } catch (IOException e) {
      throw new SyncException("sync.journal", "Could not compact the sync journal " + file
          + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("Could not close the sync journal {}: {}", file, e.toString());
    }
  }

  private static FileChannel lock(Path lockFile) throws IOException {
    if (!Files.exists(lockFile)) {
      createOwnerOnly(lockFile, false);
    }
    FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
    boolean locked;
    try {
      // tryLock returns null when another process holds the lock and throws when this JVM does.
      locked = lockChannel.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      locked = false;
    }
    if (!locked) {
      lockChannel.close();
      throw new SyncException("sync.journalLocked", "The sync journal in "
          + lockFile.getParent() + " is open in another process or client; wait for that "
          + "sync to end");
    }
    return lockChannel;
  }

  private void load() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    if (end < bytes.length) {
      LOG.warn("Dropped a torn last line of {} bytes from the sync journal {}",
          bytes.length - end, file);
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
        out.truncate(end);
        out.force(true);
      }
    }
    String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        apply(line);
      }
    }
  }

  private void apply(String line) throws IOException {
    JsonNode node = JSON.readTree(line);
    String key = node.path("key").asText();
    lines++;
    if ("ack".equals(node.path("op").asText())) {
      pending.remove(key);
    } else {
      byte[] payload = Base64.getDecoder().decode(node.path("payload").asText());
      pending.put(key, new OutgoingRecord(key, node.path("citizenId").asText(), payload));
    }
  }

  private static String queueLine(OutgoingRecord record) {
    return JSON.createObjectNode().put("op", "queue").put("key", record.idempotencyKey())
        .put("citizenId", record.citizenId())
        .put("payload", Base64.getEncoder().encodeToString(record.payload())).toString();
  }

  private void append(String text) {
    if (text.isEmpty()) {
      return;
    }
    try {
      writeFully(channel, text);
      channel.force(false);
      lines += (int) text.chars().filter(c -> c == '\n').count();
    } catch (IOException e) {
      throw new SyncException("sync.journal", "Could not write the sync journal " + file + ": "
          + e.getMessage() + "; check free space and permissions", e);
    }
  }

  private static void writeFully(FileChannel out, String text) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
  }

  private void moveAtomically(Path temporary) throws IOException {
    try {
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename atomically", e);
    }
  }

  private void forceFolder() {
    // Forcing a folder makes the rename durable on Linux; other systems may not allow opening it.
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      LOG.debug("Could not force the folder {}: {}", folder, e.toString());
    }
  }

  private static void createOwnerOnly(Path path, boolean directory) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))}
        : new FileAttribute<?>[0];
    if (directory) {
      if (!Files.isDirectory(path)) {
        Files.createDirectories(path, attributes);
      }
    } else {
      Files.createFile(path, attributes);
    }
    if (posix && !directory) {
      Files.setPosixFilePermissions(path, Set.copyOf(
          PosixFilePermissions.fromString("rw-------")));
    }
  }
}
