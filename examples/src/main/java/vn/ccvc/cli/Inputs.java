package vn.ccvc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The profile files and folders named on a command line, in order. A {@code classpath:}
 * argument names a file or folder bundled in the tool, such as {@code classpath:sample-unit}.
 * An argument that cannot be used becomes an entry with a {@link ReadError} in its place, so
 * the other arguments are still read. The codec walks the folders.
 *
 * <p>Bundled folders inside a jar are read through a zip file system, which {@link #close()}
 * closes. Not thread-safe.
 */
final class Inputs implements AutoCloseable {

  /** Prefix of an argument that names a bundled resource. */
  static final String CLASSPATH_PREFIX = "classpath:";

  /**
   * One input: a file or folder to read, or the reason an argument gave nothing to read.
   *
   * @param name the file or folder as the user named it, or {@code classpath:} and the
   *     resource name
   * @param path the file or folder to read, or null when {@code error} is set
   * @param error why there is nothing to read, or null when {@code path} is set
   */
  record Input(String name, @Nullable Path path, @Nullable ReadError error) {

    /**
     * Returns the name to print for a file read from this input: the input's name for a named
     * file, the file's path for a file found in a named folder, and {@code classpath:}, the
     * resource name and the path inside it for a file found in a bundled folder.
     */
    String nameOf(Path file) {
      if (path == null || file.equals(path)) {
        return name;
      }
      if (!name.startsWith(CLASSPATH_PREFIX)) {
        return file.toString();
      }
      return name + "/" + path.relativize(file).toString().replace('\\', '/');
    }
  }

  private final List<Input> entries = new ArrayList<>();
  private final List<FileSystem> openedFileSystems = new ArrayList<>();
  private final Language language;

  private Inputs(Language language) {
    this.language = language;
  }

  /**
   * Resolves the arguments to the files they name.
   *
   * @param language language of the messages of the arguments that cannot be used
   * @throws UncheckedIOException if a jar holding a bundled folder cannot be opened
   */
  static Inputs collect(List<String> arguments, Language language) {
    Inputs inputs = new Inputs(language);
    for (String argument : arguments) {
      if (argument.startsWith(CLASSPATH_PREFIX)) {
        inputs.addResource(argument);
      } else {
        inputs.addArgument(argument);
      }
    }
    return inputs;
  }

  /** Returns the inputs in command-line order. */
  List<Input> entries() {
    return List.copyOf(entries);
  }

  /** Closes the zip file systems opened for bundled folders. */
  @Override
  public void close() {
    for (FileSystem fileSystem : openedFileSystems) {
      try {
        fileSystem.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot close the tool's own jar after reading it", e);
      }
    }
    openedFileSystems.clear();
  }

  /** Tells whether a file name has a profile extension, {@code .json} or {@code .jsonl}. */
  static boolean isProfileFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".jsonl");
  }

  private void addArgument(String argument) {
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      fail(argument, ReadError.NOT_FOUND, language.fileNotFound());
      return;
    }
    addPath(argument, path);
  }

  private void addResource(String argument) {
    String name = argument.substring(CLASSPATH_PREFIX.length()).replaceAll("^/+|/+$", "");
    URL url = name.isEmpty() ? null : Inputs.class.getClassLoader().getResource(name);
    if (url == null) {
      fail(argument, ReadError.NOT_FOUND, language.resourceNotFound(name));
      return;
    }
    addPath(CLASSPATH_PREFIX + name, pathOf(url));
  }

  private void addPath(String name, Path path) {
    if (Files.isDirectory(path)) {
      entries.add(new Input(name, path, null));
    } else if (!Files.exists(path)) {
      fail(name, ReadError.NOT_FOUND, language.fileNotFound());
    } else if (!isProfileFile(path.getFileName().toString())) {
      fail(name, ReadError.UNSUPPORTED_TYPE, language.notProfileFile());
    } else {
      entries.add(new Input(name, path, null));
    }
  }

  private void fail(String name, String code, String message) {
    entries.add(new Input(name, null, ReadError.of(code, message)));
  }

  /** Returns the path of a class-path resource, opening the jar's file system when needed. */
  private Path pathOf(URL url) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        openJar(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("The class loader returned an invalid URL " + url, e);
    }
  }

  private void openJar(URI uri) {
    try {
      openedFileSystems.add(FileSystems.newFileSystem(uri, Map.of()));
    } catch (FileSystemAlreadyExistsException e) {
      // Another part of this JVM opened the jar already; its file system serves as well.
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the bundled files in " + uri, e);
    }
  }
}
