package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;
import vn.ccvc.model.validation.Submission;

/**
 * Checks the format document's table of required members and length limits against the
 * constraint annotations on the records, so the document cannot drift from the validator.
 */
class ProfileFormatRulesTest {

  private static final String HEADING = "## Required members and length limits";

  @Test
  void rulesTable_matchesAnnotations() throws IOException {
    List<String> expected = new ArrayList<>();
    collect(Profile.class, "", expected);

    assertThat(documentRows()).as("rows of '%s' in docs/profile-format.md", HEADING)
        .containsExactlyElementsOf(expected);
  }

  private static void collect(Class<?> type, String prefix, List<String> rows) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals("schemaVersion")) {
        continue;
      }
      boolean list = component.getType() == List.class;
      String path = prefix + component.getName() + (list ? "[]" : "");
      Class<?> element = list
          ? (Class<?>) ((ParameterizedType) component.getGenericType())
              .getActualTypeArguments()[0]
          : component.getType();
      Field field = field(type, component.getName());
      String required = isRequired(field) ? "yes" : "";
      Size size = field.getAnnotation(Size.class);
      String max = size == null ? "" : String.format("%,d", size.max());
      if (!required.isEmpty() || !max.isEmpty()) {
        rows.add("| `" + path + "` | " + required + " | " + max + " |");
      }
      if (element.isRecord()) {
        collect(element, path + ".", rows);
      }
    }
  }

  private static boolean isRequired(Field field) {
    for (Annotation annotation : field.getAnnotations()) {
      Class<?>[] groups = new Class<?>[0];
      if (annotation instanceof NotBlank notBlank) {
        groups = notBlank.groups();
      } else if (annotation instanceof NotNull notNull) {
        groups = notNull.groups();
      } else if (annotation instanceof NotEmpty notEmpty) {
        groups = notEmpty.groups();
      }
      if (Arrays.asList(groups).contains(Submission.class)) {
        return true;
      }
    }
    return false;
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> documentRows() throws IOException {
    Path doc = Path.of(System.getProperty("user.dir")).getParent()
        .resolve("docs/profile-format.md");
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    int start = lines.indexOf(HEADING);
    assertThat(start).as("heading '%s' in %s", HEADING, doc).isNotNegative();
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| `")) {
        rows.add(line);
      }
    }
    return rows;
  }
}
