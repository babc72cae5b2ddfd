package vn.ccvc.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ccvc.sync.spi.OutgoingRecord;

/** A journal in memory, as a host with its own database might implement one. */
final class InMemoryJournal implements SyncJournal {

  private final Map<String, OutgoingRecord> pending = new LinkedHashMap<>();

  @Override
  public synchronized void enqueue(List<OutgoingRecord> records) {
    records.forEach(r -> pending.putIfAbsent(r.idempotencyKey(), r));
  }

  @Override
  public synchronized void acknowledge(String idempotencyKey) {
    pending.remove(idempotencyKey);
  }

  @Override
  public synchronized List<OutgoingRecord> pending() {
    return new ArrayList<>(pending.values());
  }

  @Override
  public void close() {}
}
