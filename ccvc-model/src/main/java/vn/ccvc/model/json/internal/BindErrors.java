package vn.ccvc.model.json.internal;

import static vn.ccvc.model.json.ProfileReadException.INVALID_VALUE;
import static vn.ccvc.model.json.ProfileReadException.UNKNOWN_FIELD;
import static vn.ccvc.model.json.ProfileReadException.WRONG_TYPE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.json.ProfileReadException;

/**
 * Translates Jackson's binding errors into {@link ProfileReadException}s with a code, a
 * position, a path and a message that tells what to write instead. Messages are built here
 * rather than taken from Jackson, whose wording quotes values in full and changes between
 * versions.
 */
final class BindErrors {

  private BindErrors() {}

  /**
   * Returns the exception for an error of the binding pass. {@code parser} is still open, at
   * the token that failed; {@code factory} and {@code json} let the member be located.
   */
  static ProfileReadException translate(JsonProcessingException e, JsonParser parser,
      JsonFactory factory, String json, Origin origin) {
    String path = e instanceof JsonMappingException mapping
        ? Positions.path(mapping.getPath()) : Positions.path(parser.getParsingContext());
    boolean unknownName = e instanceof UnrecognizedPropertyException;
    JsonLocation found = Locator.find(factory, json, path, unknownName);
    JsonLocation at = found != null ? found : e.getLocation();
    int line = Positions.line(at);
    int column = Positions.column(at);
    if (unknownName) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
      return origin.error(UNKNOWN_FIELD, line, column, path, unknownMember(unknown, path));
    }
    if (e instanceof InvalidNullException) {
      return origin.error(WRONG_TYPE, line, column, path, "found null, which a list may not "
          + "contain; remove the null entry");
    }
    InputCoercionException overflow = find(e, InputCoercionException.class);
    if (overflow != null) {
      return origin.error(WRONG_TYPE, line, column, path, "expected a whole number from "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + " but found " + describe(parser)
          + "; check the value");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return mismatch(mismatch, parser, origin, line, column, path);
    }
    if (e instanceof ValueInstantiationException) {
      return origin.error(INVALID_VALUE, line, column, path,
          "the value cannot be used; check it against docs/profile-format.md");
    }
    return origin.error(INVALID_VALUE, line, column, path, "the value cannot be read ("
        + Values.maskDigitRuns(e.getOriginalMessage()) + ")");
  }

  /**
   * Describes the parser's current token for a message: {@code a string "…"}, {@code the
   * number 3.5}, {@code an object}, with values masked and cut short.
   */
  static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    try {
      return switch (token) {
        case VALUE_STRING -> "the string " + Values.quote(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            "the number " + Values.maskDigitRuns(parser.getText());
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "null";
        case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
        case START_ARRAY, END_ARRAY -> "an array";
        default -> "a value of another kind";
      };
    } catch (IOException e) {
      return "a value that cannot be read";
    }
  }

  private static ProfileReadException mismatch(MismatchedInputException e, JsonParser parser,
      Origin origin, int line, int column, String path) {
    Class<?> target = e.getTargetType();
    boolean enumText = target != null && target.isEnum()
        && parser.currentToken() == JsonToken.VALUE_STRING;
    if (enumText) {
      return origin.error(INVALID_VALUE, line, column, path, describe(parser)
          + " is not a valid value; write " + enumChoices(target));
    }
    return origin.error(WRONG_TYPE, line, column, path, "expected " + expected(target)
        + " but found " + describe(parser) + "; " + remedy(target));
  }

  private static String unknownMember(UnrecognizedPropertyException e, String path) {
    String holder = Positions.parent(path);
    String where = holder.isEmpty() ? "the profile" : holder;
    return where + " has no member " + Values.quote(e.getPropertyName())
        + "; check the spelling (names are case-sensitive) or remove it. Its members are: "
        + knownMembers(e.getReferringClass(), e.getKnownPropertyIds());
  }

  private static String knownMembers(@Nullable Class<?> type,
      @Nullable Collection<Object> known) {
    RecordComponent[] components = type == null ? null : type.getRecordComponents();
    if (components != null) {
      return Arrays.stream(components).map(RecordComponent::getName)
          .collect(Collectors.joining(", "));
    }
    return known == null ? "" : known.stream().map(String::valueOf).sorted()
        .collect(Collectors.joining(", "));
  }

  private static String expected(@Nullable Class<?> target) {
    if (target == null) {
      return "a value of another type";
    }
    if (target == String.class) {
      return "a string";
    }
    if (target == Integer.class || target == int.class) {
      return "a whole number";
    }
    if (target == BigDecimal.class) {
      return "a number";
    }
    if (target.isEnum()) {
      return enumChoices(target);
    }
    if (Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    return "an object";
  }

  private static String remedy(@Nullable Class<?> target) {
    if (target == String.class) {
      return "put the value in double quotes, for example \"01\"; a code keeps its leading "
          + "zeros only as a string";
    }
    if (target == Integer.class || target == int.class) {
      return "write digits without quotes or a decimal point, for example 3";
    }
    if (target == BigDecimal.class) {
      return "write the number without quotes, for example 2.34";
    }
    if (target != null && target.isEnum()) {
      return "write " + enumChoices(target);
    }
    if (target != null && Collection.class.isAssignableFrom(target)) {
      return "write a JSON array [...] or leave the member out";
    }
    return "write a JSON object {...} or leave the member out";
  }

  private static String enumChoices(Class<?> type) {
    List<String> names = Arrays.stream(type.getEnumConstants())
        .map(c -> '"' + ((Enum<?>) c).name() + '"').toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return "one of " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }

  private static <T extends Throwable> @Nullable T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
