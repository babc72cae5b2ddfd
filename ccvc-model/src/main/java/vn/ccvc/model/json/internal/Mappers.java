package vn.ccvc.model.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;

/**
 * Builds the Jackson 2 mapper of the profile format. Every setting that decides what is read
 * or written is set explicitly, because Jackson's defaults differ between versions and between
 * the 2.x and 3.x lines.
 */
public final class Mappers {

  private static final String INDENT = "  ";

  /** Extensions of JSON syntax, all off by default in Jackson 2, turned off explicitly. */
  private static final List<JsonReadFeature> LENIENT_SYNTAX = List.of(
      JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
      JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
      JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
      JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
      JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
      JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
      JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
      JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
      JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
      JsonReadFeature.ALLOW_TRAILING_COMMA);

  private Mappers() {}

  /** Returns a mapper for the format with the given reading limits. */
  public static JsonMapper create(Limits limits) {
    JsonMapper.Builder builder = JsonMapper.builder(factory(limits));
    strictReading(builder);
    scalarsWithoutCoercion(builder);
    writing(builder);
    return builder.build();
  }

  /** Returns the pretty printer of {@code write}: two-space indents, LF line ends. */
  public static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter(INDENT, "\n");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static JsonFactory factory(Limits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(Limits.MAX_NAME_LENGTH)
        .build();
    JsonFactoryBuilder builder = new JsonFactoryBuilder().streamReadConstraints(constraints);
    // NOTE: each feature is set on its own because in Jackson 2.21.0 the varargs
    // disable(JsonReadFeature, JsonReadFeature...) enables every feature after the first.
    for (JsonReadFeature lenient : LENIENT_SYNTAX) {
      builder.configure(lenient, false);
    }
    builder.configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, true)
        // Error locations must not quote the document: it may hold a citizen ID.
        .configure(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, false)
        .configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN, true)
        .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
        .configure(JsonWriteFeature.QUOTE_FIELD_NAMES, true)
        .configure(JsonWriteFeature.WRITE_NAN_AS_STRINGS, false)
        .configure(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS, false)
        .configure(JsonWriteFeature.ESCAPE_NON_ASCII, false)
        .configure(JsonWriteFeature.ESCAPE_FORWARD_SLASHES, false)
        .configure(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8, true);
    return builder.build();
  }

  private static void strictReading(JsonMapper.Builder builder) {
    builder
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
            DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
            DeserializationFeature.READ_ENUMS_USING_TO_STRING)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
        // A null inside a list is an error, not an element: the records cannot hold one.
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
  }

  /**
   * Turns off every conversion between strings, numbers and booleans, so {@code "3"} for a
   * step and {@code 38185011234} for a citizen ID are both wrong types: a code such as
   * {@code "01"} loses its leading zero once it has been a number.
   */
  private static void scalarsWithoutCoercion(JsonMapper.Builder builder) {
    builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    builder.withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false));
    fail(builder, LogicalType.Textual,
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(builder, LogicalType.Integer, CoercionInputShape.String,
        CoercionInputShape.EmptyString, CoercionInputShape.Float, CoercionInputShape.Boolean);
    // An integer is a JSON number like any other, so 3 is fine for a decimal member.
    fail(builder, LogicalType.Float, CoercionInputShape.String,
        CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
    fail(builder, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
    fail(builder, LogicalType.POJO, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.EmptyArray);
    fail(builder, LogicalType.Collection, CoercionInputShape.String,
        CoercionInputShape.EmptyString, CoercionInputShape.EmptyObject);
  }

  private static void fail(JsonMapper.Builder builder, LogicalType type,
      CoercionInputShape... shapes) {
    builder.withCoercionConfig(type, config -> {
      for (CoercionInputShape shape : shapes) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    });
  }

  private static void writing(JsonMapper.Builder builder) {
    builder
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .defaultPropertyInclusion(JsonInclude.Value.construct(Include.NON_NULL, Include.NON_NULL))
        .withConfigOverride(List.class, override -> override.setIncludeAsProperty(
            JsonInclude.Value.construct(Include.NON_EMPTY, Include.NON_NULL)));
    JsonInclude.Value emptySection = JsonInclude.Value.construct(Include.CUSTOM,
        Include.USE_DEFAULTS, EmptySectionFilter.class, null);
    for (Class<?> section : EmptySectionFilter.sectionTypes()) {
      builder.withConfigOverride(section,
          override -> override.setIncludeAsProperty(emptySection));
    }
  }
}
