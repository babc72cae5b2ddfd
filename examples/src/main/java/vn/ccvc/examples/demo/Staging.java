package vn.ccvc.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ccvc.examples.output.IoProblem;

/**
 * The rollout's files, written first to a hidden folder inside the output folder and moved into
 * place only when every step has finished, so a failed run leaves the output folder as it was.
 * The move replaces {@value #CREDENTIALS}, {@value #REPORT_CSV}, {@value #REPORT_TEXT} and the
 * PDF files of an earlier run in {@value #PDF}/, and keeps every other file. Not thread-safe.
 */
final class Staging implements AutoCloseable {

  /** Name of the credentials file. */
  static final String CREDENTIALS = "credentials.csv";
  /** Name of the folder of PDF files. */
  static final String PDF = "pdf";
  /** Name of the report in CSV. */
  static final String REPORT_CSV = "report.csv";
  /** Name of the report as text. */
  static final String REPORT_TEXT = "report.txt";

  /** Start of the name of a staging folder; the dot hides it from listings and from readers. */
  static final String STAGING_PREFIX = ".ccvc-demo-";

  /** Names of staging folders: the prefix and the digits that the JDK adds. */
  private static final Pattern STAGING_NAME = Pattern.compile("\\.ccvc-demo-\\d+");

  /** Lock file that keeps a second run from writing to the same output folder at once. */
  static final String LOCK = ".ccvc-demo.lock";

  /** Names of the PDF files the rollout writes: sequence number, dash, masked ID. */
  static final Pattern PDF_NAME = Pattern.compile("\\d+-\\d{3}x{5}\\d{4}\\.pdf");

  private final Path out;
  private final Path folder;
  private final boolean createdOut;
  private final List<String> removedStale;
  private final Thread cleanUpOnExit;
  private final FileChannel lock;
  private volatile boolean committed;

  private Staging(Path out, Path folder, boolean createdOut, List<String> removedStale,
      FileChannel lock) {
    this.out = out;
    this.folder = folder;
    this.lock = lock;
    this.createdOut = createdOut;
    this.removedStale = List.copyOf(removedStale);
    // An interrupted run, by Ctrl-C or a kill, must not leave the credentials behind.
    this.cleanUpOnExit = new Thread(this::cleanUpQuietly, "ccvc-demo-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
  }

  /**
   * Creates the output folder if needed and a hidden staging folder inside it, after removing
   * any staging folder that an interrupted run left there.
   *
   * @throws RolloutException if the output folder cannot be created or written, or one of the
   *     rollout's names in it is taken by something of another kind, such as a folder named
   *     {@value #CREDENTIALS}
   */
  static Staging open(Path out, Texts texts) {
    checkTargets(out, texts);
    try {
      boolean created = !Files.exists(out);
      Files.createDirectories(out);
      FileChannel lock = lock(out, texts);
      List<String> stale = removeStale(out);
      Path folder = Files.createTempDirectory(out, STAGING_PREFIX);
      Files.createDirectory(folder.resolve(PDF));
      return new Staging(out, folder, created, stale, lock);
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause()
          : (IOException) e;
      throw new RolloutException("demo.outputUnwritable",
          texts.get("output.unwritable", out, IoProblem.describe(cause)), true, e);
    }
  }

  /** Rejects an output folder where the rollout's files cannot go, before any step runs. */
  private static void checkTargets(Path out, Texts texts) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw outputProblem(texts.get("output.notFolder", out));
    }
    for (String name : List.of(CREDENTIALS, REPORT_CSV, REPORT_TEXT)) {
      Path target = out.resolve(name);
      if (Files.isSymbolicLink(target)) {
        throw outputProblem(texts.get("output.link", target));
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        throw outputProblem(texts.get("output.notFile", target));
      }
    }
    Path pdf = out.resolve(PDF);
    if (Files.exists(pdf) && !Files.isDirectory(pdf)) {
      throw outputProblem(texts.get("output.pdfNotFolder", pdf));
    }
    for (Path folder : List.of(out, pdf)) {
      if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
        throw outputProblem(texts.get("output.unwritable", out,
            "permission denied: " + folder));
      }
    }
  }

  /**
   * Locks the output folder for this run.
   *
   * @throws RolloutException if another run holds the lock
   */
  private static FileChannel lock(Path out, Texts texts) throws IOException {
    FileChannel channel = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    try {
      if (channel.tryLock() != null) {
        return channel;
      }
    } catch (OverlappingFileLockException e) {
      // This JVM already holds the lock, for another run.
    }
    channel.close();
    throw outputProblem(texts.get("output.busy", out));
  }

  /** Removes the staging folders of earlier runs that ended before cleaning up. */
  private static List<String> removeStale(Path out) throws IOException {
    List<String> removed = new ArrayList<>();
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(out,
        file -> STAGING_NAME.matcher(file.getFileName().toString()).matches()
            && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))) {
      for (Path folder : stale) {
        deleteTree(folder);
        removed.add(folder.getFileName().toString());
      }
    }
    return removed;
  }

  /** Returns the names of the staging folders of interrupted runs that were removed. */
  List<String> removedStale() {
    return removedStale;
  }

  private static RolloutException outputProblem(String message) {
    return new RolloutException("demo.outputUnwritable", message, true);
  }

  /** Returns the staged path of one of the rollout's files. */
  Path file(String name) {
    return folder.resolve(name);
  }

  /** Returns the staged folder of PDF files. */
  Path pdfFolder() {
    return folder.resolve(PDF);
  }

  /** Returns the final path of one of the rollout's files or of the PDF folder. */
  Path target(String name) {
    return out.resolve(name);
  }

  /**
   * Moves the staged files into the output folder: the PDF files first, after removing those of
   * an earlier run, then the reports and the credentials file, each in one rename where the
   * file system allows it.
   *
   * @throws IOException if a file cannot be moved or removed
   */
  void commit() throws IOException {
    Path pdf = Files.createDirectories(out.resolve(PDF));
    try (DirectoryStream<Path> old = Files.newDirectoryStream(pdf,
        file -> PDF_NAME.matcher(file.getFileName().toString()).matches())) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
    try (DirectoryStream<Path> staged = Files.newDirectoryStream(pdfFolder())) {
      for (Path file : staged) {
        move(file, pdf.resolve(file.getFileName().toString()));
      }
    }
    for (String name : List.of(REPORT_CSV, REPORT_TEXT, CREDENTIALS)) {
      move(file(name), out.resolve(name));
    }
    committed = true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes the staging folder and whatever is left in it, and, after a failed run, the output
   * folder too if this run created it and it is empty.
   */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
    } catch (IllegalStateException e) {
      // The JVM is shutting down, and the hook removes the folder.
      return;
    }
    deleteTree(folder);
    unlock();
    if (!committed && createdOut) {
      removeIfEmpty(out);
    }
  }

  /** Releases the lock and removes its file. */
  private void unlock() {
    try {
      lock.close();
      Files.deleteIfExists(out.resolve(LOCK));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the lock file " + out.resolve(LOCK)
          + "; delete it by hand", e);
    }
  }

  /** Cleans up as {@link #close()} does, from the shutdown hook, where nothing can be reported. */
  private void cleanUpQuietly() {
    try {
      deleteTree(folder);
      unlock();
      if (!committed && createdOut) {
        removeIfEmpty(out);
      }
    } catch (UncheckedIOException e) {
      // The next run into the same folder removes what is left and reports it.
    }
  }

  private static void removeIfEmpty(Path folder) {
    try (Stream<Path> left = Files.list(folder)) {
      if (left.findAny().isEmpty()) {
        Files.delete(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the empty folder " + folder
          + "; delete it by hand", e);
    }
  }

  /**
   * Removes a folder and everything in it.
   *
   * @throws UncheckedIOException if something cannot be removed
   */
  static void deleteTree(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the folder " + folder
          + "; delete it by hand", e);
    }
  }
}
