package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;

/**
 * Checks the <i>2C item</i> column of the member tables in {@code docs/profile-format.md}
 * against {@code fields.tsv}, the table from which validation takes a violation's item.
 */
class ProfileFormatItemsTest {

  private static final Pattern HEADING = Pattern.compile("^### (\\w+)\\s*$");

  @Test
  void itemColumnMatchesValidatorTable() throws IOException {
    Map<String, String> items = validatorItems();
    Map<String, List<String>> prefixes = new LinkedHashMap<>();
    collectPrefixes(Profile.class, "", prefixes);
    List<String> rows = new ArrayList<>();

    String heading = null;
    for (String line : Files.readAllLines(ProfileSchema.docs().resolve("profile-format.md"),
        StandardCharsets.UTF_8)) {
      Matcher matcher = HEADING.matcher(line);
      if (matcher.matches()) {
        heading = matcher.group(1);
      } else if (line.startsWith("## ")) {
        heading = null;
      }
      List<String> paths = heading == null ? null : prefixes.get(heading);
      if (paths != null && line.startsWith("| `")) {
        String[] cells = line.split(" \\| ");
        String member = cells[0].substring(3, cells[0].length() - 1);
        Set<String> expected = new LinkedHashSet<>();
        paths.forEach(prefix -> expected.add(item(items, prefix + member)));
        assertThat(cells[2]).as(heading + "." + member).isEqualTo(String.join("/", expected));
        rows.add(member);
      }
    }

    assertThat(rows).hasSizeGreaterThan(100);
  }

  /** Returns the item of a path, or of all its members when they share one, or "—". */
  private static String item(Map<String, String> items, String path) {
    if (items.containsKey(path)) {
      return items.get(path);
    }
    Set<String> children = new LinkedHashSet<>();
    items.forEach((key, value) -> {
      if (key.startsWith(path + ".")) {
        children.add(value);
      }
    });
    return children.size() == 1 ? children.iterator().next() : "—";
  }

  /** Maps each record's simple name to the JSON path prefixes where it occurs. */
  private static void collectPrefixes(Class<?> type, String prefix,
      Map<String, List<String>> prefixes) {
    if (type != Profile.class) {
      prefixes.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>()).add(prefix);
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Class<?> target = component.getGenericType() instanceof ParameterizedType list
          ? (Class<?>) list.getActualTypeArguments()[0] : component.getType();
      if (target.isRecord()) {
        collectPrefixes(target, prefix + component.getName() + ".", prefixes);
      }
    }
  }

  private static Map<String, String> validatorItems() throws IOException {
    Path table = ProfileSchema.docs().getParent().resolve("ccvc-model/src/main/resources/vn/ccvc"
        + "/model/validation/internal/fields.tsv");
    Map<String, String> items = new LinkedHashMap<>();
    for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t");
        items.put(cells[0], cells[1]);
      }
    }
    return items;
  }
}
