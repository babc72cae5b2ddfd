package vn.ccvc.model.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns Jackson's locations and contexts into line, column and JSON path. */
final class Positions {

  private Positions() {}

  /** Returns the 1-based line of {@code location}, or 0 when unknown. */
  static int line(@Nullable JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /** Returns the 1-based column of {@code location}, or 0 when unknown. */
  static int column(@Nullable JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }

  /** Returns the path of a binding error, such as {@code salary.history[2].coefficient}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      String name = reference.getFieldName();
      if (name != null) {
        appendName(path, name);
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * Returns the path of the parser's current position, from its nesting contexts. On the
   * token that opens an object or array, and on a member name, the path is that of the member.
   */
  static String path(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        appendName(path, c.getCurrentName());
      } else if (c.inArray() && c.getEntryCount() > 0) {
        path.append('[').append(c.getCurrentIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Returns the path without its last member name or index: the object that contains it. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  private static void appendName(StringBuilder path, String name) {
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(name);
  }
}
