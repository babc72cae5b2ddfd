package vn.ccvc.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.internal.DocumentReader;
import vn.ccvc.model.json.internal.Limits;
import vn.ccvc.model.json.internal.Mappers;
import vn.ccvc.model.json.internal.Origin;
import vn.ccvc.model.json.internal.ProfileFiles;

/**
 * Reads and writes profiles in the JSON format that vendors exchange, described in
 * {@code docs/profile-format.md} and {@code docs/profile.schema.json}.
 *
 * <p>Reading is strict about the shape of the document and lenient about values. Malformed
 * JSON, unknown members, repeated members, wrong types (a number where a code string belongs,
 * a string where a number belongs) and a {@code schemaVersion} other than
 * {@value Profile#SCHEMA_VERSION} fail with a {@link ProfileReadException}. Values that are
 * well-typed but wrong, such as a 13-digit citizen ID or 30 February, are read as written and
 * left to validation. Writing leaves out null members, empty lists and empty sections, so
 * writing a profile and reading it back gives an equal profile.
 *
 * <p>The codec uses Jackson 2 internally, but no Jackson type appears in its API, so a host
 * that uses Jackson 3 can embed it. A codec is immutable and safe to share between threads.
 */
public final class ProfileCodec {

  /** Default of {@link Builder#maxDocumentBytes}: 8 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
  /** Default of {@link Builder#maxDepth}. */
  public static final int DEFAULT_MAX_DEPTH = 32;
  /** Default of {@link Builder#maxStringLength}: 4 Mi characters, room for a Base64 photo. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 4 * 1024 * 1024;
  /** Default of {@link Builder#maxNumberLength}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** Default of {@link Builder#maxProfilesPerFile}. */
  public static final int DEFAULT_MAX_PROFILES_PER_FILE = 100_000;

  /** The format nests a profile, a section, a list and its rows: 4 levels. */
  private static final int MIN_DEPTH = 4;

  private final DocumentReader reader;
  private final ProfileFiles files;
  private final ObjectWriter prettyWriter;
  private final ObjectWriter lineWriter;

  private ProfileCodec(Limits limits) {
    JsonMapper mapper = Mappers.create(limits);
    this.reader = new DocumentReader(limits, mapper);
    this.files = new ProfileFiles(reader, limits);
    this.prettyWriter = mapper.writer(Mappers.prettyPrinter());
    this.lineWriter = mapper.writer();
  }

  /** Returns a codec with the default limits. */
  public static ProfileCodec create() {
    return builder().build();
  }

  /** Returns a builder that starts from the default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one profile from JSON text. A leading byte order mark is ignored.
   *
   * @throws ProfileReadException if the text is not a profile of schema version
   *     {@value Profile#SCHEMA_VERSION} or exceeds a limit; its code names the reason
   */
  public Profile read(String json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json, Origin.TEXT);
  }

  /**
   * Reads one profile from a stream of UTF-8 bytes, up to its end. The stream is not closed.
   *
   * @throws ProfileReadException with code {@value ProfileReadException#UNREADABLE} if the
   *     stream fails, or another code if its content is not a profile; see {@link #read(String)}
   */
  public Profile read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes(reader.maxDocumentBytes() + 1);
    } catch (IOException e) {
      throw Origin.TEXT.error(ProfileReadException.UNREADABLE, 0, 0, "",
          "the stream cannot be read (" + e.getClass().getSimpleName() + "); check the source "
              + "and try again", e);
    }
    return reader.read(bytes, bytes.length, Origin.TEXT);
  }

  /**
   * Reads every profile in files and folders and returns them together; see
   * {@link #read(Path, Consumer)} for what is read. The entries are in the order of
   * {@code paths} and then of the files and lines. Every profile is held in memory, so a
   * program that reads many profiles should use {@link #read(Path, Consumer)} instead.
   *
   * @return the entries, an immutable list
   */
  public List<ProfileSource> readAll(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    return files.readAll(paths);
  }

  /**
   * Reads every profile in a file or folder and hands each entry to {@code sink} as soon as it
   * is read, so memory holds one document at a time however many profiles the files contain.
   *
   * <p>A {@code .jsonl} file contains one profile per non-blank line, and any other file named
   * directly contains one profile. A folder is walked with its subfolders, following links,
   * for regular files named {@code *.json} and {@code *.jsonl} in any letter case, in sorted
   * path order. Other files are ignored, and so are hidden files and folders (whose names
   * start with a dot) below {@code path} and devices, pipes and sockets, which could block a
   * read. A link back to a folder being walked is not entered again, because its files are
   * read there already. A named path that is not a regular file or a folder gives a failed
   * entry with code {@value ProfileReadException#UNREADABLE}.
   *
   * <p>There is one entry per profile read and one per failure: a bad line of a {@code .jsonl}
   * file gives a failed entry and the following lines are still read. Nothing else is skipped
   * silently. An empty {@code .jsonl} file, or one of blank lines only, gives no entry.
   * An exception thrown by {@code sink} stops the reading and propagates.
   */
  public void read(Path path, Consumer<ProfileSource> sink) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sink, "sink");
    files.read(path, sink);
  }

  /**
   * Writes a profile as pretty-printed JSON: members in the order of the format, two-space
   * indents, LF line ends and a final LF. Null members, empty lists and empty sections are
   * left out. Decimals keep their scale and are written in plain notation ({@code 2.34},
   * never {@code 2.34E0}).
   *
   * <p>NOTE: two values that only a profile built in code can hold do not survive the round
   * trip: a decimal with a negative scale ({@code 1E+1} is written {@code 10} and read back
   * with scale 0), and text with an unpaired surrogate, which reading rejects.
   *
   * @throws IllegalArgumentException if the profile's schema version is not
   *     {@value Profile#SCHEMA_VERSION}
   */
  public String write(Profile profile) {
    return serialize(prettyWriter, profile) + "\n";
  }

  /**
   * Writes a profile as compact JSON on one line, without a line end, for a {@code .jsonl}
   * file; otherwise as {@link #write(Profile)} does.
   *
   * @throws IllegalArgumentException if the profile's schema version is not
   *     {@value Profile#SCHEMA_VERSION}
   */
  public String writeLine(Profile profile) {
    return serialize(lineWriter, profile);
  }

  /**
   * Writes the pretty-printed JSON of {@link #write(Profile)} to a stream in UTF-8. The stream
   * is flushed, not closed.
   *
   * @throws IllegalArgumentException if the profile's schema version is not
   *     {@value Profile#SCHEMA_VERSION}
   * @throws CcvcException with code {@code io.unwritable} if the stream fails
   */
  public void write(Profile profile, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = write(profile).getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new CcvcException("io.unwritable", "The profile could not be written to the stream ("
          + e.getClass().getSimpleName() + "); check the destination and try again.", e);
    }
  }

  /**
   * Returns the canonical form of a profile, the bytes to hash or sign: the compact JSON of
   * {@link #writeLine(Profile)} in UTF-8. Members appear in the order of the format, with no
   * white space, no null members, no empty lists and no empty sections. Strings are in NFC,
   * because the records normalise them, and non-ASCII characters are written as UTF-8 rather
   * than escaped. Decimals keep the digits they were written with, in plain notation. Equal
   * profiles give equal bytes.
   *
   * @throws IllegalArgumentException if the profile's schema version is not
   *     {@value Profile#SCHEMA_VERSION}
   */
  public byte[] canonicalBytes(Profile profile) {
    return writeLine(profile).getBytes(StandardCharsets.UTF_8);
  }

  private static String serialize(ObjectWriter writer, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    if (profile.schemaVersion() != Profile.SCHEMA_VERSION) {
      throw new IllegalArgumentException("Cannot write schemaVersion " + profile.schemaVersion()
          + ": this SDK writes version " + Profile.SCHEMA_VERSION + " only.");
    }
    try {
      return writer.writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      // The records hold nothing Jackson cannot write, so this is a bug in the set-up.
      throw new IllegalStateException("Jackson failed to write a profile", e);
    }
  }

  /**
   * Builder of a {@link ProfileCodec}: sets the reading limits, each of which must be
   * positive. Not thread-safe; the codec it builds is.
   */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxProfilesPerFile = DEFAULT_MAX_PROFILES_PER_FILE;

    private Builder() {}

    /**
     * Sets the maximum size of one document in UTF-8 bytes, which is also the maximum length
     * of one line of a {@code .jsonl} file; default 8 MiB.
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Builder maxDocumentBytes(int bytes) {
      this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
      return this;
    }

    /**
     * Sets the maximum nesting of objects and arrays; default 32.
     *
     * @throws IllegalArgumentException if {@code depth} is less than 4, the nesting of the
     *     format itself
     */
    public Builder maxDepth(int depth) {
      if (depth < MIN_DEPTH) {
        throw new IllegalArgumentException("maxDepth must be " + MIN_DEPTH
            + " or more, the nesting of the format, but was " + depth);
      }
      this.maxDepth = depth;
      return this;
    }

    /**
     * Sets the maximum length of one string value in UTF-16 characters; default 4 Mi, enough
     * for a Base64 photo of 3 MiB.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "maxStringLength");
      return this;
    }

    /**
     * Sets the maximum number of digits of one number, counted as written and in plain
     * notation (so {@code 1e400} has 401); default 100.
     *
     * @throws IllegalArgumentException if {@code digits} is not positive
     */
    public Builder maxNumberLength(int digits) {
      this.maxNumberLength = positive(digits, "maxNumberLength");
      return this;
    }

    /**
     * Sets the maximum number of profiles read from one {@code .jsonl} file; the lines after
     * it give one failed entry. Default 100,000.
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public Builder maxProfilesPerFile(int count) {
      this.maxProfilesPerFile = positive(count, "maxProfilesPerFile");
      return this;
    }

    /** Builds the codec. */
    public ProfileCodec build() {
      return new ProfileCodec(new Limits(maxDocumentBytes, maxDepth, maxStringLength,
          maxNumberLength, maxProfilesPerFile));
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be 1 or more, but was " + value);
      }
      return value;
    }
  }
}
