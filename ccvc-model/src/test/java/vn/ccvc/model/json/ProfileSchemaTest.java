package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.Profile;

/**
 * Checks {@code docs/profile.schema.json} and {@code docs/profile-format.md} against the
 * model records: every component of every record in a profile is described, with a type
 * that matches, and nothing else is.
 */
class ProfileSchemaTest {

  private static final String DEFS = "#/$defs/";
  private static JsonNode schema;
  private static String formatDoc;

  @BeforeAll
  static void load() throws IOException {
    schema = new ObjectMapper().readTree(Files.readString(ProfileSchema.schemaFile(),
        StandardCharsets.UTF_8));
    formatDoc = Files.readString(ProfileSchema.docs().resolve("profile-format.md"),
        StandardCharsets.UTF_8);
  }

  /** Returns Profile and every record type reachable from it, in a stable order. */
  static Set<Class<?>> modelRecords() {
    Set<Class<?>> found = new LinkedHashSet<>();
    collect(Profile.class, found);
    return found;
  }

  private static void collect(Class<?> type, Set<Class<?>> found) {
    if (!found.add(type)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Class<?> target = elementType(component.getGenericType());
      if (target.isRecord()) {
        collect(target, found);
      }
    }
  }

  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType list) {
      return (Class<?>) list.getActualTypeArguments()[0];
    }
    return (Class<?>) type;
  }

  private static JsonNode definition(Class<?> type) {
    return type == Profile.class ? schema : schema.path("$defs").path(type.getSimpleName());
  }

  private static List<String> names(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void everyModelRecordHasDefinition() {
    Set<String> expected = new LinkedHashSet<>();
    for (Class<?> type : modelRecords()) {
      if (type != Profile.class) {
        expected.add(type.getSimpleName());
      }
    }

    assertThat(names(schema.path("$defs").fieldNames())).containsExactlyInAnyOrderElementsOf(
        expected);
  }

  @Test
  void propertiesMatchComponentsInOrder() {
    for (Class<?> type : modelRecords()) {
      List<String> components = Arrays.stream(type.getRecordComponents())
          .map(RecordComponent::getName).toList();

      assertThat(names(definition(type).path("properties").fieldNames()))
          .as(type.getSimpleName()).containsExactlyElementsOf(components);
    }
  }

  @Test
  void everyObjectClosedAndDescribed() {
    for (Class<?> type : modelRecords()) {
      JsonNode definition = definition(type);

      assertThat(definition.path("type").asText()).as(type.getSimpleName()).isEqualTo("object");
      assertThat(definition.path("additionalProperties").isBoolean()).as(type.getSimpleName())
          .isTrue();
      assertThat(definition.path("additionalProperties").asBoolean()).as(type.getSimpleName())
          .isFalse();
      assertThat(definition.path("description").asText()).as(type.getSimpleName()).isNotBlank();
      definition.path("properties").fields().forEachRemaining(p ->
          assertThat(p.getValue().path("description").asText())
              .as(type.getSimpleName() + "." + p.getKey()).isNotBlank());
    }
  }

  @Test
  void propertyTypesMatchComponents() {
    for (Class<?> type : modelRecords()) {
      for (RecordComponent component : type.getRecordComponents()) {
        JsonNode property = definition(type).path("properties").path(component.getName());
        String where = type.getSimpleName() + "." + component.getName();
        String expected = expectedType(component);
        if (component.getType() == String.class && property.has("enum")) {
          // A text member may list its allowed values, such as the photo's media types.
          expected = "enum " + enumValues(property);
          assertThat(property.path("type").toString()).as(where)
              .isEqualTo("[\"string\",\"null\"]");
        }

        assertThat(schemaTypeOf(property)).as(where).isEqualTo(expected);
      }
    }
  }

  /** Describes a property as {@code string}, {@code array of Award}, {@code enum [A, B]} …. */
  private static String schemaTypeOf(JsonNode property) {
    if (property.has("anyOf")) {
      return "object " + property.path("anyOf").get(0).path("$ref").asText()
          .replace(DEFS, "") + nullable(property.path("anyOf").get(1).path("type"));
    }
    JsonNode types = property.path("type");
    String first = types.isArray() ? types.get(0).asText() : types.asText();
    String suffix = types.isArray() ? nullable(types.get(1)) : "";
    if (property.has("enum")) {
      return "enum " + enumValues(property);
    }
    if (first.equals("array")) {
      return "array of " + property.path("items").path("$ref").asText().replace(DEFS, "")
          + suffix;
    }
    return first + suffix;
  }

  private static List<String> enumValues(JsonNode property) {
    List<String> values = new ArrayList<>();
    property.path("enum").forEach(v -> values.add(v.isNull() ? "null" : v.asText()));
    return values;
  }

  private static String nullable(JsonNode type) {
    return type.asText().equals("null") ? "?" : " (second type " + type + ")";
  }

  private static String expectedType(RecordComponent component) {
    Class<?> raw = component.getType();
    if (raw == int.class) {
      return "integer";
    }
    if (raw == String.class) {
      return "string?";
    }
    if (raw == Integer.class) {
      return "integer?";
    }
    if (raw == BigDecimal.class) {
      return "number?";
    }
    if (raw.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object constant : raw.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      values.add("null");
      return "enum " + values;
    }
    if (raw == List.class) {
      return "array of " + elementType(component.getGenericType()).getSimpleName() + "?";
    }
    if (raw.isRecord()) {
      return "object " + raw.getSimpleName() + "?";
    }
    throw new AssertionError("no schema type known for " + component);
  }

  @Test
  void schemaVersionRequiredAndFixed() {
    assertThat(schema.path("required").toString()).isEqualTo("[\"schemaVersion\"]");
    assertThat(schema.path("properties").path("schemaVersion").path("const").asInt())
        .isEqualTo(Profile.SCHEMA_VERSION);
  }

  @Test
  void schemaValidAgainstDraft202012() {
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(MetaSchema.errors(ProfileSchema.schemaFile())).isEmpty();
  }

  @Test
  void fullExampleValidates() {
    assertThat(ProfileSchema.errors(ProfileCodecWriteTest.fullProfileJson())).isEmpty();
    assertThat(ProfileSchema.errors(ProfileCodec.create().writeLine(Profiles.full()))).isEmpty();
    assertThat(ProfileSchema.errors(ProfileCodec.create().write(Profile.empty()))).isEmpty();
  }

  @Test
  void nullMembersValidate() {
    String json = "{\"schemaVersion\": 1, \"identity\": {\"photo\": null, \"sex\": null, "
        + "\"fullName\": null}, \"salary\": {\"history\": null, \"step\": null}, "
        + "\"residence\": null}";

    assertThat(ProfileSchema.errors(json)).isEmpty();
    assertThat(ProfileCodec.create().read(json)).isEqualTo(Profile.empty());
  }

  @Test
  void schemaRejectsWhatCodecRejects() {
    String[] invalid = {
      "{}",
      "{\"schemaVersion\": 2}",
      "{\"schemaVersion\": 1, \"identity\": {\"fulName\": \"A\"}}",
      "{\"schemaVersion\": 1, \"identity\": {\"ethnicityCode\": 1}}",
      "{\"schemaVersion\": 1, \"identity\": {\"sex\": \"NAM\"}}",
      "{\"schemaVersion\": 1, \"salary\": {\"step\": \"3\"}}",
      "{\"schemaVersion\": 1, \"salary\": {\"history\": [null]}}",
      "{\"schemaVersion\": 1, \"salary\": {\"history\": [{\"coeficient\": 2.34}]}}",
    };
    for (String json : invalid) {
      assertThat(ProfileSchema.errors(json)).as(json).isNotEmpty();
    }
  }

  @Test
  void schemaRejectsBadFormsCodecLeavesToValidation() {
    String[] invalid = {
      "{\"schemaVersion\": 1, \"identity\": {\"birthDate\": \"15/05/1975\"}}",
      "{\"schemaVersion\": 1, \"identity\": {\"citizenId\": \"0380750112345\"}}",
      "{\"schemaVersion\": 1, \"salary\": {\"socialInsuranceNumber\": \"38980\"}}",
      "{\"schemaVersion\": 1, \"family\": {\"ownSide\": [{\"birthYear\": \"48\"}]}}",
    };
    for (String json : invalid) {
      assertThat(ProfileSchema.errors(json)).as(json).isNotEmpty();
      assertThat(ProfileCodec.create().read(json)).as(json).isNotNull();
    }
  }

  @Test
  void formatDocDescribesEveryMember() {
    for (Class<?> type : modelRecords()) {
      String heading = "\n### " + type.getSimpleName() + "\n";
      int start = formatDoc.indexOf(heading);
      assertThat(start).as("heading for " + type.getSimpleName()).isNotNegative();
      int end = formatDoc.indexOf("\n### ", start + heading.length());
      String section = formatDoc.substring(start, end < 0 ? formatDoc.length() : end);
      for (RecordComponent component : type.getRecordComponents()) {
        assertThat(section).as(type.getSimpleName()).contains("\n| `" + component.getName()
            + "` |");
      }
    }
  }

  @Test
  void formatDocJsonExamplesValid() {
    String fence = "```json\n";
    int examples = 0;
    for (int at = formatDoc.indexOf(fence); at >= 0; at = formatDoc.indexOf(fence, at + 1)) {
      int end = formatDoc.indexOf("```", at + fence.length());
      String json = formatDoc.substring(at + fence.length(), end);
      examples++;

      assertThat(ProfileSchema.errors(json)).as(json).isEmpty();
      assertThat(ProfileCodec.create().read(json)).as(json).isNotNull();
    }

    assertThat(examples).isGreaterThanOrEqualTo(2);
  }

  @Test
  void schemaHelperValidatesFiles(@TempDir Path dir) throws IOException {
    Path valid = dir.resolve("full.json");
    Path invalid = dir.resolve("bad.json");
    Files.writeString(valid, ProfileCodecWriteTest.fullProfileJson(), StandardCharsets.UTF_8);
    Files.writeString(invalid, "{\"schemaVersion\": 1, \"extra\": 1}", StandardCharsets.UTF_8);

    assertThat(ProfileSchema.errors(valid)).isEmpty();
    assertThat(ProfileSchema.errors(invalid)).hasSize(1);
  }

  @Test
  void formatDocCompleteExampleIsFullProfile() {
    String start = "<!-- complete example: start -->\n```json\n";
    String end = "```\n<!-- complete example: end -->";
    int from = formatDoc.indexOf(start);
    int to = formatDoc.indexOf(end);
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);

    String example = formatDoc.substring(from + start.length(), to);

    assertThat(example).isEqualTo(ProfileCodecWriteTest.fullProfileJson());
  }
}
