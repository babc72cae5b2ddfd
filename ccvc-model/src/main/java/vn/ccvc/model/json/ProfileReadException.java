package vn.ccvc.model.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;

/**
 * Thrown when a profile document cannot be read: the JSON is malformed, too large, of another
 * schema version, or a member has the wrong type or an unknown name, or the file cannot be
 * read at all. Values that merely break a validation rule (a 13-digit citizen ID, 30 February,
 * an unknown catalogue code) are read without error and reported by validation instead.
 *
 * <p>{@link #code()} is one of the constants of this class. The position fields locate the
 * error in the document, so an editor can jump to it. The message repeats them in words and
 * never contains a full citizen ID.
 */
public class ProfileReadException extends CcvcException {

  /** The text is not well-formed JSON, has content after the profile, or repeats a member. */
  public static final String MALFORMED = "json.malformed";
  /** A member has the wrong kind of value, such as a string where a number belongs. */
  public static final String WRONG_TYPE = "json.wrongType";
  /** An object has a member that the format does not define. */
  public static final String UNKNOWN_FIELD = "json.unknownField";
  /** The document, its nesting, a string, a number or a file exceeds a configured limit. */
  public static final String TOO_LARGE = "json.tooLarge";
  /** {@code schemaVersion} is missing or names a version this SDK does not read. */
  public static final String UNSUPPORTED_SCHEMA_VERSION = "json.unsupportedSchemaVersion";
  /** A member has a value outside its fixed set, such as {@code identity.sex: "NAM"}. */
  public static final String INVALID_VALUE = "json.invalidValue";
  /** The file is missing or cannot be read. */
  public static final String UNREADABLE = "io.unreadable";

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String path;
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param code one of the codes of this class
   * @param message what is wrong, where, and what to do
   * @param line 1-based line of the error, 0 when unknown
   * @param column 1-based column of the error in characters, 0 when unknown
   * @param path JSON path of the member, such as {@code salary.history[2].coefficient}, empty
   *     when unknown or when the error concerns the whole document
   */
  public ProfileReadException(String code, String message, int line, int column, String path) {
    this(code, message, line, column, path, null);
  }

  /**
   * Creates an exception with the lower-level cause, such as an {@link java.io.IOException}.
   *
   * @param cause the underlying exception, or {@code null}
   * @see #ProfileReadException(String, String, int, int, String)
   */
  public ProfileReadException(String code, String message, int line, int column, String path,
      @Nullable Throwable cause) {
    this(code, "", message, line, column, path, cause);
  }

  /**
   * Creates an exception with a reason, the key of the specific cause within the code.
   *
   * @param reason key such as {@code trailingComma}, or an empty string; see {@link #reason()}
   * @see #ProfileReadException(String, String, int, int, String, Throwable)
   */
  public ProfileReadException(String code, String reason, String message, int line, int column,
      String path, @Nullable Throwable cause) {
    super(code, message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * Returns the key of the specific cause within {@link #code()}, or an empty string when the
   * code says all. A program can use it to word the message in another language. The keys are
   * stable:
   *
   * <ul>
   *   <li>{@value #MALFORMED}: {@code empty}, {@code truncated}, {@code trailingComma},
   *       {@code comment}, {@code nonNumericNumber}, {@code leadingZero}, {@code numberFormat},
   *       {@code quote}, {@code unquotedName}, {@code controlCharacter}, {@code badEscape},
   *       {@code missingComma}, {@code missingColon}, {@code bracketMismatch},
   *       {@code unexpectedWord}, {@code unexpectedCharacter}, {@code duplicateMember},
   *       {@code trailingContent}, {@code notUtf8}, {@code other};
   *   <li>{@value #TOO_LARGE}: {@code maxDocumentBytes}, {@code maxDepth},
   *       {@code maxStringLength}, {@code maxNumberLength}, {@code maxNameLength},
   *       {@code maxProfilesPerFile}, {@code other};
   *   <li>{@value #UNREADABLE}: {@code notFound}, {@code accessDenied},
   *       {@code notRegularFile}, {@code other}.
   * </ul>
   */
  public String reason() {
    return reason;
  }

  /** Returns the 1-based line of the error, or 0 when unknown. */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the error, or 0 when unknown. Columns count UTF-16 characters
   * from the start of the line, so a Vietnamese letter counts as one.
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON path of the member in error, such as {@code salary.history[2].coefficient},
   * or an empty string when unknown or when the error concerns the whole document.
   */
  public String path() {
    return path;
  }
}
