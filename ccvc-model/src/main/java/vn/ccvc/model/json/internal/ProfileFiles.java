package vn.ccvc.model.json.internal;

import static vn.ccvc.model.json.ProfileReadException.TOO_LARGE;
import static vn.ccvc.model.json.ProfileReadException.UNREADABLE;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileReadException;
import vn.ccvc.model.json.ProfileSource;

/**
 * Reads profiles from files and folders for {@code ProfileCodec.readAll}: one entry per
 * profile or per failure, in a fixed order. Immutable and safe to share between threads.
 */
public final class ProfileFiles {

  private static final Logger LOG = LoggerFactory.getLogger(ProfileFiles.class);

  private static final String JSON = ".json";
  private static final String JSON_LINES = ".jsonl";

  private final DocumentReader reader;
  private final Limits limits;

  /** Creates a file reader that parses each document with {@code reader}. */
  public ProfileFiles(DocumentReader reader, Limits limits) {
    this.reader = reader;
    this.limits = limits;
  }

  /**
   * Reads every path in order: a folder is walked, a file is read whatever its name, and a
   * path that cannot be read gives one failed entry.
   */
  public List<ProfileSource> readAll(List<Path> paths) {
    List<ProfileSource> out = new ArrayList<>();
    for (Path path : paths) {
      Objects.requireNonNull(path, "paths must not contain null");
      read(path, out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Reads one file or folder, handing each entry to {@code out} as soon as it is read, so at
   * most one document is held in memory.
   */
  public void read(Path path, Consumer<ProfileSource> out) {
    if (Files.isDirectory(path)) {
      readFolder(path, out);
    } else if (Files.exists(path) && !Files.isRegularFile(path)) {
      out.accept(failed(path, 0, notRegularFile(path)));
    } else {
      readFile(path, out);
    }
  }

  private void readFolder(Path folder, Consumer<ProfileSource> out) {
    List<Found> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new Collector(folder, found));
    } catch (IOException e) {
      found.add(new Found(folder, e));
    }
    found.sort(Comparator.comparing(Found::file));
    for (Found f : found) {
      if (f.failure() == null) {
        readFile(f.file(), out);
      } else {
        out.accept(failed(f.file(), 0, unreadable(f.file(), f.failure())));
      }
    }
  }

  private void readFile(Path file, Consumer<ProfileSource> out) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(JSON_LINES)) {
      readLines(file, out);
    } else {
      out.accept(readDocument(file));
    }
  }

  private ProfileSource readDocument(Path file) {
    Origin origin = Origin.file(file, 1);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
    } catch (IOException e) {
      return failed(file, 0, unreadable(file, e));
    }
    try {
      return new ProfileSource(file, 0, reader.read(bytes, bytes.length, origin), null);
    } catch (ProfileReadException e) {
      return failed(file, 0, e);
    }
  }

  private void readLines(Path file, Consumer<ProfileSource> out) {
    int index = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      JsonLines lines = new JsonLines(in, limits.maxDocumentBytes());
      for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        if (index == limits.maxProfilesPerFile()) {
          out.accept(failed(file, index, tooManyProfiles(file, line.number())));
          return;
        }
        out.accept(readLine(file, index, line));
        index++;
      }
    } catch (IOException e) {
      out.accept(failed(file, index, unreadable(file, e)));
    }
  }

  private ProfileSource readLine(Path file, int index, JsonLines.Line line) {
    Origin origin = Origin.file(file, line.number());
    try {
      if (line.tooLong()) {
        throw Origin.file(file, 1).error(TOO_LARGE, "maxDocumentBytes", line.number(), 0, "",
            LimitReasons.line(limits));
      }
      Profile profile = reader.read(line.bytes(), line.bytes().length, origin);
      return new ProfileSource(file, index, profile, null);
    } catch (ProfileReadException e) {
      return failed(file, index, e);
    }
  }

  private ProfileReadException tooManyProfiles(Path file, int lineNumber) {
    return Origin.file(file, 1).error(TOO_LARGE, "maxProfilesPerFile", lineNumber, 1, "",
        LimitReasons.profilesPerFile(limits));
  }

  private static ProfileSource failed(Path file, int index, ProfileReadException error) {
    return new ProfileSource(file, index, null, error);
  }

  private static ProfileReadException notRegularFile(Path file) {
    return Origin.file(file, 1).error(UNREADABLE, "notRegularFile", 0, 0, "", "it is not a "
        + "regular file but a device, pipe or socket; name a .json or .jsonl file");
  }

  private static ProfileReadException unreadable(Path file, IOException e) {
    String reason;
    String key = "other";
    if (e instanceof NoSuchFileException) {
      key = "notFound";
      reason = "the file does not exist; check the path";
    } else if (e instanceof AccessDeniedException) {
      key = "accessDenied";
      reason = "permission to read it was denied; grant read access or copy the file";
    } else if (e instanceof NotDirectoryException) {
      reason = "a part of the path is a file, not a folder; check the path";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      reason = "the file cannot be read (" + Values.maskDigitRuns(fs.getReason())
          + "); check the path";
    } else {
      reason = "the file cannot be read (" + e.getClass().getSimpleName() + "); check the "
          + "path and the disk";
    }
    return Origin.file(file, 1).error(UNREADABLE, key, 0, 0, "", reason, e);
  }

  /** A file to read, or a path that failed while walking the folder. */
  private record Found(Path file, @Nullable IOException failure) {}

  /**
   * Collects the {@code .json} and {@code .jsonl} regular files of a folder tree. Hidden files
   * and folders, whose names start with a dot, are skipped below the walked folder, and so are
   * devices, pipes and sockets, which could block a read for ever.
   */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Found> found;

    Collector(Path root, List<Found> found) {
      this.root = root;
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean profileName = name.endsWith(JSON) || name.endsWith(JSON_LINES);
      // A link whose target is missing arrives with the link's own attributes; reading it
      // reports the failure.
      boolean readable = attributes.isRegularFile() || attributes.isSymbolicLink();
      if (profileName && readable && !isHidden(file)) {
        found.add(new Found(file, null));
      } else if (profileName && attributes.isOther()) {
        LOG.debug("Skipping {}: not a regular file", Values.maskDigitRuns(file.toString()));
      }
      return FileVisitResult.CONTINUE;
    }

    private static boolean isHidden(Path path) {
      Path name = path.getFileName();
      return name != null && name.toString().startsWith(".");
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        // The link leads to a folder being walked already, whose files are read there.
        LOG.debug("Not entering {} again: it links back to a folder being read",
            Values.maskDigitRuns(file.toString()));
      } else {
        found.add(new Found(file, e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
      if (e != null) {
        found.add(new Found(dir, e));
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
