package vn.ccvc.model.json.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.json.ProfileReadException;

/**
 * The source of a document, which error messages name with the position: a file name, and
 * the line of the file where the document starts (a {@code .jsonl} line, or 1).
 *
 * @param label the file name for messages, with digit runs masked, or {@code null} for text
 *     handed to the codec directly
 * @param firstLine the 1-based line of the file where the document starts
 */
public record Origin(@Nullable String label, int firstLine) {

  /** A document passed as text or a stream, with no file name. */
  public static final Origin TEXT = new Origin(null, 1);

  /** Returns the origin of a document that starts on {@code line} of {@code file}. */
  public static Origin file(Path file, int line) {
    return new Origin(Values.maskDigitRuns(file.toString()), line);
  }

  /**
   * Creates the exception for an error at a position of the document.
   *
   * @param line 1-based line within the document, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param path JSON path of the member, empty when unknown; runs of 9 or more digits in it
   *     are masked
   * @param reason what is wrong and what to do, starting in lower case
   */
  public ProfileReadException error(String code, int line, int column, String path,
      String reason) {
    return error(code, line, column, path, reason, null);
  }

  /**
   * Creates the exception with its lower-level cause, such as an {@link java.io.IOException}.
   *
   * @see #error(String, int, int, String, String)
   */
  public ProfileReadException error(String code, int line, int column, String path,
      String reason, @Nullable Throwable cause) {
    return error(code, "", line, column, path, reason, cause);
  }

  /**
   * Creates the exception with the key of its specific cause, as
   * {@link ProfileReadException#reason()} lists them.
   *
   * @see #error(String, int, int, String, String)
   */
  public ProfileReadException error(String code, String key, int line, int column, String path,
      String reason) {
    return error(code, key, line, column, path, reason, null);
  }

  /**
   * Creates the exception with the key of its specific cause and its lower-level cause.
   *
   * @see #error(String, int, int, String, String)
   */
  public ProfileReadException error(String code, String key, int line, int column, String path,
      String reason, @Nullable Throwable cause) {
    int fileLine = line > 0 ? line + firstLine - 1 : 0;
    int fileColumn = line > 0 ? column : 0;
    // A member name could be an ID, so the path is masked like any quoted value.
    String maskedPath = Values.maskDigitRuns(path);
    String message = where(fileLine, fileColumn, maskedPath) + reason;
    // A file name keeps its case; a message that starts with words starts with a capital.
    String text = label == null ? capitalise(message) : message;
    return new ProfileReadException(code, key, text, fileLine, fileColumn, maskedPath, cause);
  }

  private String where(int line, int column, String path) {
    StringBuilder where = new StringBuilder();
    if (label != null) {
      where.append(label);
    }
    if (line > 0) {
      where.append(where.length() > 0 ? " line " : "line ").append(line);
      if (column > 0) {
        where.append(", column ").append(column);
      }
    }
    if (!path.isEmpty()) {
      where.append(where.length() > 0 ? ", at " : "at ").append(path);
    }
    return where.length() > 0 ? where.append(": ").toString() : "";
  }

  private static String capitalise(String message) {
    return message.isEmpty() ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}
