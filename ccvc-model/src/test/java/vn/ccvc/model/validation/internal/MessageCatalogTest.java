package vn.ccvc.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;

class MessageCatalogTest {

  @Test
  void everyLeafField_hasLabelAndItem() {
    MessageCatalog messages = MessageCatalog.forLocale(Locale.ENGLISH);
    List<String> missing = new ArrayList<>();
    for (String path : leafPaths(Profile.class, "")) {
      if (!messages.hasField(path)) {
        missing.add(path);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void bothLanguages_haveTheSameKeys() throws IOException {
    assertThat(load("messages_vi.properties").stringPropertyNames())
        .isEqualTo(load("messages_en.properties").stringPropertyNames());
  }

  @Test
  void everyTemplateOnTheModel_hasAMessage() throws Exception {
    Properties vietnamese = load("messages_vi.properties");
    Set<String> missing = new TreeSet<>();
    for (String code : templateCodes(Profile.class, new TreeSet<>())) {
      if (vietnamese.getProperty(code) == null) {
        missing.add(code);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void format_usesShortFormWhenArgumentMissing() {
    MessageCatalog messages = MessageCatalog.forLocale(Locale.ENGLISH);

    String text = messages.format("salary.stepOutOfRange",
        java.util.Map.of("field", "Salary step", "value", 0));

    assertThat(text).isEqualTo("Salary step 0 is not a valid salary step; steps start at 1.");
  }

  private static List<String> leafPaths(Class<?> type, String prefix) {
    List<String> paths = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
      Class<?> element = elementType(component);
      if (element.isRecord()) {
        paths.addAll(leafPaths(element, path));
      } else if (!path.equals("schemaVersion")) {
        paths.add(path);
      }
    }
    return paths;
  }

  private static Class<?> elementType(RecordComponent component) {
    Type generic = component.getGenericType();
    if (generic instanceof ParameterizedType parameterized) {
      Type argument = parameterized.getActualTypeArguments()[0];
      if (argument instanceof Class<?> c) {
        return c;
      }
    }
    return component.getType();
  }

  private static Set<String> templateCodes(Class<?> type, Set<String> codes) throws Exception {
    collect(type.getAnnotations(), codes);
    for (Field field : type.getDeclaredFields()) {
      collect(field.getAnnotations(), codes);
      collect(field.getAnnotatedType().getAnnotations(), codes);
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Class<?> element = elementType(component);
      if (element.isRecord()) {
        templateCodes(element, codes);
      }
    }
    return codes;
  }

  private static void collect(Annotation[] annotations, Set<String> codes) throws Exception {
    for (Annotation annotation : annotations) {
      if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        continue;
      }
      Method message = annotation.annotationType().getMethod("message");
      String template = (String) message.invoke(annotation);
      assertThat(template).startsWith("{ccvc.").endsWith("}");
      codes.add(template.substring(6, template.length() - 1));
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageCatalog.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
