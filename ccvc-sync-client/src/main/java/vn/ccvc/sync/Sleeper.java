package vn.ccvc.sync;

import java.time.Duration;

/** Waits between retries; tests replace it to run on a fake clock. Must be thread-safe. */
@FunctionalInterface
public interface Sleeper {

  /** The sleeper of the running thread, {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
