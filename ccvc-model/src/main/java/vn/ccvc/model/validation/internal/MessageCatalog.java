package vn.ccvc.model.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ccvc.model.Section;

/**
 * The texts of violations in one language: message templates by code, field labels and form
 * items by normalised JSON path. Immutable once loaded.
 */
final class MessageCatalog {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final boolean vietnamese;
  private final Properties messages;
  private final Map<String, String[]> fields;

  private MessageCatalog(boolean vietnamese) {
    this.vietnamese = vietnamese;
    this.messages =
        loadProperties(vietnamese ? "messages_vi.properties" : "messages_en.properties");
    this.fields = loadFields();
  }

  /** Returns the catalogue of English for an {@code en} locale, Vietnamese otherwise. */
  static MessageCatalog forLocale(Locale locale) {
    return new MessageCatalog(!"en".equals(locale.getLanguage()));
  }

  /**
   * Formats the message of {@code code}, falling back to its short form when an argument the
   * full text names is missing.
   */
  String format(String code, Map<String, Object> arguments) {
    String template = messages.getProperty(code);
    if (template == null) {
      throw new IllegalStateException("No message for violation code " + code);
    }
    if (!hasAll(template, arguments) && messages.getProperty(code + ".short") != null) {
      template = messages.getProperty(code + ".short");
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = arguments.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(display(value, m.group(0))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Returns the label of a field by its JSON path with list indices removed. */
  String label(String normalisedPath) {
    String[] field = fields.get(normalisedPath);
    if (field != null) {
      return vietnamese ? field[1] : field[2];
    }
    return normalisedPath;
  }

  /** Returns the form 2C item of a field, or the section's numeral when none is recorded. */
  String item(String normalisedPath) {
    String[] field = fields.get(normalisedPath);
    if (field != null) {
      return field[0];
    }
    int dot = normalisedPath.indexOf('.');
    String section = dot < 0 ? normalisedPath : normalisedPath.substring(0, dot);
    return Section.ofJsonName(section).name();
  }

  /**
   * Returns the position of a field in the form's order, for sorting violations; fields with no
   * recorded label come after all others.
   */
  int order(String normalisedPath) {
    String[] field = fields.get(normalisedPath);
    return field != null ? Integer.parseInt(field[3]) : Integer.MAX_VALUE;
  }

  /** Tells whether a label is recorded for the path; used by tests of completeness. */
  boolean hasField(String normalisedPath) {
    return fields.containsKey(normalisedPath);
  }

  private String display(Object value, String placeholder) {
    if (value == null) {
      return placeholder;
    }
    if (value instanceof Enum<?> e) {
      String key = e.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + e.name();
      String catalogKey = "catalog." + e.name();
      String text = messages.getProperty(key, messages.getProperty(catalogKey));
      return text != null ? text : e.name();
    }
    return String.valueOf(value);
  }

  private static boolean hasAll(String template, Map<String, Object> arguments) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (arguments.get(m.group(1)) == null) {
        return false;
      }
    }
    return true;
  }

  private static Properties loadProperties(String name) {
    Properties properties = new Properties();
    try (Reader reader = open(name)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + name, e);
    }
    return properties;
  }

  private static Map<String, String[]> loadFields() {
    Map<String, String[]> fields = new HashMap<>();
    try (BufferedReader reader = open("fields.tsv")) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        String position = Integer.toString(fields.size());
        fields.put(columns[0], new String[] {columns[1], columns[2], columns[3], position});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource fields.tsv", e);
    }
    return Map.copyOf(fields);
  }

  private static BufferedReader open(String name) {
    InputStream in = MessageCatalog.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Bundled resource " + name + " is missing from the jar");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
