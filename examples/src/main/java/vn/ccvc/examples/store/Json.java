package vn.ccvc.examples.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.InvalidValueException;

/**
 * Reads and writes the store's JSON trees, with errors that name the file and the member.
 * Decimals keep their scale in both directions, because profiles compare salary coefficients
 * such as {@code 3.00} by scale too.
 */
final class Json {

  /** Error code of a store file whose content is not in the store's format. */
  static final String INVALID_CODE = "store.invalid";

  /** Error code of a store file or folder that cannot be read or written. */
  static final String IO_CODE = "store.io";

  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  private Json() {}

  /** Parses {@code text}, read from {@code file}, into a tree. */
  static JsonNode parse(String text, String file) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw invalid(file, "is not valid JSON (" + e.getOriginalMessage() + ")");
    }
  }

  /** Returns the tree as pretty-printed JSON with a final line end. */
  static String write(JsonNode tree) {
    try {
      return PRETTY.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson failed to write a tree it built", e);
    }
  }

  /** Returns the tree as compact JSON on one line, without a line end. */
  static String compact(JsonNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson failed to write a tree it built", e);
    }
  }

  /** Returns a new empty object node. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Rejects members of {@code node} that are not in {@code known}. */
  static void onlyMembers(JsonNode node, List<String> known, String file, String path) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw invalid(file, "has an unknown member " + join(path, name) + "; the known members"
            + " there are " + known);
      }
    }
  }

  static JsonNode object(JsonNode parent, String name, String file, String path) {
    JsonNode node = required(parent, name, file, path);
    if (!node.isObject()) {
      throw invalid(file, join(path, name) + " must be an object");
    }
    return node;
  }

  static @Nullable JsonNode optionalObject(JsonNode parent, String name, String file,
      String path) {
    JsonNode node = parent.get(name);
    return node == null || node.isNull() ? null : object(parent, name, file, path);
  }

  static JsonNode array(JsonNode parent, String name, String file, String path) {
    JsonNode node = required(parent, name, file, path);
    if (!node.isArray()) {
      throw invalid(file, join(path, name) + " must be an array");
    }
    return node;
  }

  static String text(JsonNode parent, String name, String file, String path) {
    JsonNode node = required(parent, name, file, path);
    if (!node.isTextual()) {
      throw invalid(file, join(path, name) + " must be a string");
    }
    return node.textValue();
  }

  static @Nullable String optionalText(JsonNode parent, String name, String file,
      String path) {
    JsonNode node = parent.get(name);
    return node == null || node.isNull() ? null : text(parent, name, file, path);
  }

  static long integer(JsonNode parent, String name, String file, String path) {
    JsonNode node = required(parent, name, file, path);
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
      throw invalid(file, join(path, name) + " must be a whole number, 0 or more");
    }
    return node.longValue();
  }

  static boolean bool(JsonNode parent, String name, String file, String path) {
    JsonNode node = required(parent, name, file, path);
    if (!node.isBoolean()) {
      throw invalid(file, join(path, name) + " must be true or false");
    }
    return node.booleanValue();
  }

  static Instant instant(JsonNode parent, String name, String file, String path) {
    String text = text(parent, name, file, path);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(file, join(path, name) + " is '" + text + "', not a UTC time such as "
          + "2026-03-02T02:00:00Z");
    }
  }

  static @Nullable LocalDate optionalDate(JsonNode parent, String name, String file,
      String path) {
    String text = optionalText(parent, name, file, path);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(file, join(path, name) + " is '" + text + "', not a date such as "
          + "2026-06-30");
    }
  }

  static CitizenId citizenId(JsonNode parent, String name, String file, String path) {
    String text = text(parent, name, file, path);
    try {
      return CitizenId.parse(text);
    } catch (InvalidValueException e) {
      throw invalid(file, join(path, name) + " is '" + CitizenId.mask(text) + "', not a "
          + "12-digit citizen ID");
    }
  }

  static <E extends Enum<E>> E constant(JsonNode parent, String name, Class<E> type,
      String file, String path) {
    String text = text(parent, name, file, path);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw invalid(file, join(path, name) + " is '" + text + "', not one of "
        + List.of(type.getEnumConstants()));
  }

  static CcvcException invalid(String file, String problem) {
    return new CcvcException(INVALID_CODE, maskIds("Store file " + file + " " + problem
        + ". Correct the file or restore it from a backup."));
  }

  /** Masks every run of exactly 12 digits, such as a citizen ID in a file name. */
  static String maskIds(String text) {
    return TWELVE_DIGITS.matcher(text).replaceAll(match -> CitizenId.mask(match.group()));
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static JsonNode required(JsonNode parent, String name, String file, String path) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      throw invalid(file, "is missing " + join(path, name));
    }
    return node;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
