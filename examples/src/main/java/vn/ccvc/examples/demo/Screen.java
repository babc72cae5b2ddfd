package vn.ccvc.examples.demo;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import vn.ccvc.examples.output.OutputText;

/**
 * The rollout's output: results to standard output, progress to standard error. On a terminal
 * each step draws a progress bar that redraws in place. Elsewhere, as in a log file or a pipe,
 * a plain progress line appears every two seconds and when the step ends. Every line
 * passes through {@link OutputText#maskCitizenIds}, so none contains a full citizen ID.
 */
public final class Screen {

  /** Milliseconds between plain progress lines when the output is not a terminal. */
  private static final int PLAIN_INTERVAL_MILLIS = 2_000;

  private final PrintWriter out;
  private final PrintWriter err;
  private final @Nullable PrintStream terminal;

  /**
   * Creates a screen.
   *
   * @param out where results go
   * @param err where plain progress lines go when {@code terminal} is null
   * @param terminal the terminal to draw progress bars on, or null when the output is not one
   */
  public Screen(PrintWriter out, PrintWriter err, @Nullable PrintStream terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Prints one line of results, citizen IDs masked. */
  void println(String line) {
    out.println(OutputText.maskCitizenIds(line));
  }

  /** Prints one line of a step's results, indented under the step's heading. */
  void item(String line) {
    println("  " + line);
  }

  /** Prints one line of detail under an item, indented once more. */
  void detail(String line) {
    println("    " + line);
  }

  /** Prints an empty line. */
  void println() {
    out.println();
  }

  /** Prints a block of lines, such as a report, citizen IDs masked. */
  void print(String block) {
    out.print(OutputText.maskCitizenIds(block));
  }

  /**
   * Starts a progress bar of {@code total} units of work; the caller steps it and closes it.
   * Results printed before it appear first.
   */
  Progress progress(String task, int total) {
    out.flush();
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(total);
    if (terminal != null) {
      boolean unicode = Charset.defaultCharset().equals(StandardCharsets.UTF_8);
      builder.setStyle(unicode ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(100);
    } else {
      builder.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(PLAIN_INTERVAL_MILLIS)
          .setConsumer(new DelegatingProgressBarConsumer(new PlainLines(err), 72));
    }
    return new Progress(builder.build(), err);
  }

  /** Flushes both writers. */
  void flush() {
    out.flush();
    err.flush();
  }

  /**
   * Prints the progress bar's renderings as plain lines, leaving out the first, drawn before any
   * work is done, and any that repeats the line before it.
   */
  private static final class PlainLines implements Consumer<String> {
    private final PrintWriter err;
    private @Nullable String last;
    private boolean started;

    PlainLines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void accept(String rendered) {
      String line = OutputText.maskCitizenIds(rendered.stripTrailing());
      if (started && !line.equals(last)) {
        err.println(line);
      }
      started = true;
      last = line;
    }
  }

  /** A running progress bar. Safe to step from several threads. */
  static final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter err;

    private Progress(ProgressBar bar, PrintWriter err) {
      this.bar = bar;
      this.err = err;
    }

    /** Counts one unit of work done. */
    void step() {
      bar.step();
    }

    /** Draws the final state and stops redrawing. */
    @Override
    public void close() {
      bar.close();
      err.flush();
    }
  }
}
