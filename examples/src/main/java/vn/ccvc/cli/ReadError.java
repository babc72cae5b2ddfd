package vn.ccvc.cli;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.json.ProfileReadException;

/**
 * Why an input could not be read: a file the tool could not find or open, or a profile the
 * codec could not parse.
 *
 * @param code stable machine code, such as {@code file.notFound}, or the codec's code
 * @param line 1-based line of the error in the file, or null when unknown
 * @param column 1-based column of the error in the line, or null when unknown
 * @param path JSON path of the member the error is in, or null when unknown or when the
 *     error concerns the whole document
 * @param message what failed and what to do
 */
record ReadError(String code, @Nullable Integer line, @Nullable Integer column,
    @Nullable String path, String message) {

  /** Code of a named file or folder, or a bundled resource, that does not exist. */
  static final String NOT_FOUND = "file.notFound";

  /** Code of a named file whose name ends neither in {@code .json} nor in {@code .jsonl}. */
  static final String UNSUPPORTED_TYPE = "file.unsupportedType";

  /**
   * Code of a named folder with no {@code .json} or {@code .jsonl} file in it, or of a named
   * {@code .jsonl} file with no profile in it.
   */
  static final String NO_PROFILES = "file.noProfiles";

  /** Creates an error; {@code code} and {@code message} are required. */
  ReadError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** Creates an error with no position in the file. */
  static ReadError of(String code, String message) {
    return new ReadError(code, null, null, null, message);
  }

  /**
   * Creates an error from the codec's exception, keeping its position when it has one, with
   * the message in {@code language}.
   */
  static ReadError of(ProfileReadException exception, Language language) {
    return new ReadError(exception.code(), positive(exception.line()),
        positive(exception.column()), emptyToNull(exception.path()),
        ReadMessages.of(exception, language));
  }

  /** Returns this error with {@code hint} appended to its message. */
  ReadError withHint(String hint) {
    return new ReadError(code, line, column, path, message + " " + hint);
  }

  private static @Nullable String emptyToNull(@Nullable String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static @Nullable Integer positive(int value) {
    return value > 0 ? value : null;
  }
}
