package vn.ccvc.sync;

/**
 * Observer of a sync run. Methods may be called from several sending threads at once, so an
 * implementation must be thread-safe; an exception it throws is logged and ignored.
 */
public interface SyncListener {

  /** A listener that ignores every event. */
  SyncListener NONE = new SyncListener() {};

  /** Called after each record reaches its final outcome. */
  default void onRecord(RecordOutcome outcome, SyncProgress progress) {}

  /** Called once when the run ends. */
  default void onFinished(SyncSummary summary) {}
}
