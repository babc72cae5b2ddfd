package vn.ccvc.render;

/**
 * Receives progress of a batch, on the thread that runs it, after each profile. An exception
 * thrown here stops the batch.
 */
@FunctionalInterface
public interface BatchListener {

  /**
   * Called after one profile is rendered or has failed.
   *
   * @param item the outcome of the profile
   * @param done how many profiles are finished, this one included
   * @param total how many profiles the batch has
   */
  void finished(BatchItem item, int done, int total);

  /** Returns a listener that ignores progress. */
  static BatchListener none() {
    return (item, done, total) -> { };
  }
}
