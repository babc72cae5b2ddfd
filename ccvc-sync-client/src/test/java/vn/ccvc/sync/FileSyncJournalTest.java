package vn.ccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.sync.spi.OutgoingRecord;

/** The file journal: durability, torn lines, compaction and permissions. */
class FileSyncJournalTest {

  @TempDir
  Path folder;

  private static OutgoingRecord record(int n) {
    return new OutgoingRecord("key" + n, SyncFixtures.citizenId(n),
        ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reopen_resumesPendingWithSameKeyAndBytes() {
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      journal.enqueue(List.of(record(1), record(2), record(3)));
      journal.acknowledge("key2");
    }
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      assertThat(journal.pending()).extracting(OutgoingRecord::idempotencyKey)
          .containsExactly("key1", "key3");
      assertThat(journal.pending().get(1).payload()).isEqualTo(record(3).payload());
    }
  }

  @Test
  void tornLastLine_isDropped() throws IOException {
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      journal.enqueue(List.of(record(1)));
    }
    Files.writeString(folder.resolve(FileSyncJournal.FILE_NAME), "{\"op\":\"queue\",\"key\":\"k",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      assertThat(journal.pending()).extracting(OutgoingRecord::idempotencyKey)
          .containsExactly("key1");
      journal.enqueue(List.of(record(2)));
    }
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      assertThat(journal.pending()).hasSize(2);
    }
  }

  @Test
  void compaction_keepsOnlyPending() throws IOException {
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      for (int i = 0; i < 1200; i++) {
        journal.enqueue(List.of(record(i)));
      }
      for (int i = 0; i < 1199; i++) {
        journal.acknowledge("key" + i);
      }
    }
    List<String> lines =
        Files.readAllLines(folder.resolve(FileSyncJournal.FILE_NAME), StandardCharsets.UTF_8);
    assertThat(lines.size()).isLessThan(1000);
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      assertThat(journal.pending()).extracting(OutgoingRecord::idempotencyKey)
          .containsExactly("key1199");
    }
  }

  @Test
  void journalFile_isOwnerOnly() throws IOException {
    FileSyncJournal.open(folder.resolve("j")).close();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
        folder.resolve("j").resolve(FileSyncJournal.FILE_NAME)))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
        folder.resolve("j")))).isEqualTo("rwx------");
  }

  @Test
  void secondOpen_isRejectedUntilClosed() {
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      assertThatThrownBy(() -> FileSyncJournal.open(folder))
          .isInstanceOf(SyncException.class)
          .hasMessage("The sync journal in " + folder + " is open in another process or "
              + "client; wait for that sync to end");
    }
    FileSyncJournal.open(folder).close();
  }

  @Test
  void duplicateEnqueue_keepsOneRecord() {
    try (FileSyncJournal journal = FileSyncJournal.open(folder)) {
      journal.enqueue(List.of(record(1)));
      journal.enqueue(List.of(record(1)));

      assertThat(journal.pending()).hasSize(1);
    }
  }
}
