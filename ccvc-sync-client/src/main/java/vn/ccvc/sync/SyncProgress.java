package vn.ccvc.sync;

/**
 * Progress of a running sync.
 *
 * @param done records with a final outcome so far
 * @param total records in the run
 * @param failed records among {@code done} that did not succeed
 * @param recordsPerSecond completion rate since the run started
 */
public record SyncProgress(int done, int total, int failed, double recordsPerSecond) {}
