package vn.ccvc.model.json.internal;

import static vn.ccvc.model.json.ProfileReadException.MALFORMED;
import static vn.ccvc.model.json.ProfileReadException.TOO_LARGE;
import static vn.ccvc.model.json.ProfileReadException.UNSUPPORTED_SCHEMA_VERSION;
import static vn.ccvc.model.json.ProfileReadException.WRONG_TYPE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileReadException;

/**
 * Reads one profile document in two passes. The first pass streams through the tokens: it
 * finds malformed JSON, content after the profile, repeated members and exceeded limits, and
 * checks {@code schemaVersion} before anything else, so a document of another version fails
 * for that reason rather than for a member it does not share with version 1. The second pass
 * binds the document to the records, where wrong types, unknown members and values outside
 * an enumeration show up. Immutable and safe to share between threads.
 */
public final class DocumentReader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String VERSION_MEMBER = "schemaVersion";
  /** Start of Jackson 2's message for a repeated member, from STRICT_DUPLICATE_DETECTION. */
  private static final String DUPLICATE_PREFIX = "Duplicate field '";

  private final Limits limits;
  private final JsonFactory factory;
  private final ObjectReader reader;

  /** Creates a reader with the limits that {@code mapper} was built with. */
  public DocumentReader(Limits limits, JsonMapper mapper) {
    this.limits = limits;
    this.factory = mapper.getFactory();
    this.reader = mapper.readerFor(Profile.class);
  }

  /**
   * Decodes {@code length} bytes of UTF-8 and reads the profile in them.
   *
   * @throws ProfileReadException if the bytes are too many, not UTF-8, or not a profile
   */
  public Profile read(byte[] bytes, int length, Origin origin) {
    if (length > limits.maxDocumentBytes()) {
      throw tooLargeDocument(origin);
    }
    return parse(decode(bytes, length, origin), origin);
  }

  /**
   * Reads the profile in {@code text}.
   *
   * @throws ProfileReadException if the text is longer than the limit in UTF-8, or not a
   *     profile
   */
  public Profile read(String text, Origin origin) {
    if (exceedsUtf8(text, limits.maxDocumentBytes())) {
      throw tooLargeDocument(origin);
    }
    return parse(text, origin);
  }

  /** Returns the maximum size of a document in UTF-8 bytes. */
  public int maxDocumentBytes() {
    return limits.maxDocumentBytes();
  }

  /** Returns the exception for a document or line over the size limit. */
  public ProfileReadException tooLargeDocument(Origin origin) {
    return origin.error(TOO_LARGE, "maxDocumentBytes", 0, 0, "", LimitReasons.document(limits));
  }

  private Profile parse(String text, Origin origin) {
    String json = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    scan(json, origin);
    return bind(json, origin);
  }

  private static boolean exceedsUtf8(String text, int maxBytes) {
    if ((long) text.length() * 3 <= maxBytes) {
      return false;
    }
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= maxBytes; i++) {
      char c = text.charAt(i);
      // A surrogate pair takes 4 bytes, 2 for each half.
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes > maxBytes;
  }

  private static String decode(byte[] bytes, int length, Origin origin) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, length), out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(out, origin);
    }
    return out.flip().toString();
  }

  private static ProfileReadException notUtf8(CharBuffer decoded, Origin origin) {
    int end = decoded.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      char c = decoded.get(i);
      boolean crlf = c == '\r' && i + 1 < end && decoded.get(i + 1) == '\n';
      if (c == '\n' || c == '\r' && !crlf) {
        line++;
        lineStart = i + 1;
      }
    }
    // Editors do not show a byte order mark, so it takes no column.
    boolean markBefore = line == 1 && end > 0 && decoded.get(0) == BYTE_ORDER_MARK;
    int column = end - lineStart + (markBefore ? 0 : 1);
    return origin.error(MALFORMED, "notUtf8", line, column, "", "the bytes here are not "
        + "valid UTF-8; save the file in UTF-8 (not Windows-1258, TCVN3 or VNI)");
  }

  private void scan(String json, Origin origin) {
    try (JsonParser parser = factory.createParser(json)) {
      new Scan(parser, json, origin).run();
    } catch (IOException e) {
      throw origin.error(MALFORMED, "other", 0, 0, "", "the document cannot be parsed", e);
    }
  }

  private Profile bind(String json, Origin origin) {
    try (JsonParser parser = reader.createParser(json)) {
      try {
        return reader.readValue(parser);
      } catch (JsonProcessingException e) {
        throw BindErrors.translate(e, parser, factory, json, origin);
      }
    } catch (IOException e) {
      throw origin.error(MALFORMED, "other", 0, 0, "", "the document cannot be parsed", e);
    }
  }

  /** The first pass over one document. */
  private final class Scan {
    private final JsonParser parser;
    private final String json;
    private final Origin origin;
    private int depth;
    private boolean versionNext;
    private @Nullable JsonToken versionToken;
    private @Nullable JsonLocation versionLocation;
    private @Nullable BigInteger version;
    private String versionFound = "";

    Scan(JsonParser parser, String json, Origin origin) {
      this.parser = parser;
      this.json = json;
      this.origin = origin;
    }

    void run() throws IOException {
      JsonLocation start;
      try {
        JsonToken first = parser.nextToken();
        start = parser.currentTokenLocation();
        checkRoot(first, start);
        depth = 1;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          visit(token);
        }
      } catch (StreamConstraintsException e) {
        throw tooLarge(e);
      } catch (JsonProcessingException e) {
        throw malformed(e);
      }
      checkVersion(start);
    }

    private void checkRoot(@Nullable JsonToken first, JsonLocation start) throws IOException {
      if (first == null) {
        throw origin.error(MALFORMED, "empty", 1, 1, "",
            "the document is empty; write one profile as a JSON object {…}");
      }
      if (first != JsonToken.START_OBJECT) {
        throw origin.error(WRONG_TYPE, Positions.line(start), Positions.column(start), "",
            "a profile must be a JSON object {…} but the document holds "
                + BindErrors.describe(parser) + "; put the profile's members in braces");
      }
    }

    private void visit(JsonToken token) throws IOException {
      if (depth == 0) {
        JsonLocation at = parser.currentTokenLocation();
        throw origin.error(MALFORMED, "trailingContent", Positions.line(at),
            Positions.column(at), "", "there is more content after the end of the profile; a "
                + ".json document holds one profile, so remove the rest or put one profile per "
                + "line in a .jsonl file");
      }
      if (versionNext) {
        rememberVersion(token);
      }
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME -> versionNext = depth == 1 && VERSION_MEMBER.equals(parser.currentName());
        // Jackson checks a string's length only once its text is read.
        case VALUE_STRING -> checkText(parser.getText());
        case VALUE_NUMBER_FLOAT -> checkDecimal(parser.getDecimalValue());
        default -> {
          // Other scalars need no check here.
        }
      }
    }

    private void rememberVersion(JsonToken token) throws IOException {
      versionNext = false;
      versionToken = token;
      versionLocation = parser.currentTokenLocation();
      version = token == JsonToken.VALUE_NUMBER_INT ? parser.getBigIntegerValue() : null;
      versionFound = BindErrors.describe(parser);
    }

    private void checkText(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (paired) {
          i++;
        } else if (Character.isSurrogate(c)) {
          JsonLocation at = parser.currentTokenLocation();
          throw origin.error(ProfileReadException.INVALID_VALUE, Positions.line(at),
              Positions.column(at), Positions.path(parser.getParsingContext()),
              String.format("the text holds the escape \\u%04X without its surrogate pair, "
                  + "which is no character; remove it or write the character itself", (int) c));
        }
      }
    }

    private void checkDecimal(BigDecimal value) {
      // Written back in plain notation, 1e400 takes 401 digits: count those, not the text.
      int precision = value.precision();
      int scale = value.scale();
      long plainDigits = scale <= 0 ? (long) precision - scale : Math.max(precision, scale + 1L);
      if (plainDigits > limits.maxNumberLength()) {
        JsonLocation at = parser.currentTokenLocation();
        throw origin.error(TOO_LARGE, "maxNumberLength", Positions.line(at),
            Positions.column(at), Positions.path(parser.getParsingContext()), "the number has "
                + plainDigits + " digits in plain notation, more than the limit of "
                + limits.maxNumberLength() + "; check the value (a host can raise "
                + "ProfileCodec.builder().maxNumberLength(...))");
      }
    }

    private void checkVersion(JsonLocation start) {
      if (versionToken == null) {
        throw origin.error(UNSUPPORTED_SCHEMA_VERSION, Positions.line(start),
            Positions.column(start), VERSION_MEMBER, "the profile has no schemaVersion; add "
                + "\"schemaVersion\": " + Profile.SCHEMA_VERSION + " as its first member");
      }
      if (version == null) {
        throw origin.error(WRONG_TYPE, Positions.line(versionLocation),
            Positions.column(versionLocation), VERSION_MEMBER, "expected a whole number but "
                + "found " + versionFound + "; write \"schemaVersion\": "
                + Profile.SCHEMA_VERSION);
      }
      if (!BigInteger.valueOf(Profile.SCHEMA_VERSION).equals(version)) {
        throw origin.error(UNSUPPORTED_SCHEMA_VERSION, Positions.line(versionLocation),
            Positions.column(versionLocation), VERSION_MEMBER, "schemaVersion "
                + Values.maskDigitRuns(String.valueOf(version)) + " is not supported: this SDK "
                + "reads version " + Profile.SCHEMA_VERSION + " only, so write the profile in "
                + "version " + Profile.SCHEMA_VERSION + " or use an SDK that reads version "
                + Values.maskDigitRuns(String.valueOf(version)));
      }
    }

    private ProfileReadException malformed(JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String path = Positions.path(parser.getParsingContext());
      String detail = e.getOriginalMessage();
      if (detail != null && detail.startsWith(DUPLICATE_PREFIX)) {
        return origin.error(MALFORMED, "duplicateMember", Positions.line(at),
            Positions.column(at), path, "the member " + Values.quote(duplicateName(detail))
                + " appears twice in the same object; keep one of them");
      }
      SyntaxErrors.Cause cause = SyntaxErrors.explain(e, json);
      return origin.error(MALFORMED, cause.key(), Positions.line(at), Positions.column(at),
          path, cause.message());
    }

    private String duplicateName(String detail) {
      String name = parser.getParsingContext().getCurrentName();
      if (name != null) {
        return name;
      }
      int start = detail.indexOf('\'') + 1;
      int end = detail.lastIndexOf('\'');
      return start > 0 && end > start ? detail.substring(start, end) : "?";
    }

    private ProfileReadException tooLarge(StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String path = Positions.path(parser.getParsingContext());
      LimitReasons.Reason reason = LimitReasons.of(e, limits);
      return origin.error(TOO_LARGE, reason.key(), Positions.line(at), Positions.column(at),
          path, reason.message());
    }
  }
}
