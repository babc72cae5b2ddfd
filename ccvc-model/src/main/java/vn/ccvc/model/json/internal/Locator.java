package vn.ccvc.model.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a member is written in a document. Jackson reports some binding errors at the
 * place it stopped, which for an unknown member in a record is after the whole object, so the
 * position is looked up again from the path once an error is known.
 */
final class Locator {

  private Locator() {}

  /**
   * Returns the location of the member at {@code path}: of its name when {@code name} is true,
   * else of the start of its value; {@code null} when the path is not found.
   */
  static @Nullable JsonLocation find(JsonFactory factory, String json, String path,
      boolean name) {
    try (JsonParser parser = factory.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        boolean wanted = name == (token == JsonToken.FIELD_NAME);
        if (wanted && path.equals(Positions.path(parser.getParsingContext()))) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      // The first pass parsed the same text without error, so keep Jackson's location.
      return null;
    }
    return null;
  }
}
