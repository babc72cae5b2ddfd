package vn.ccvc.model.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates JSON documents against {@code docs/profile.schema.json} for tests: the schema
 * vendors are given must accept what the codec writes and reject what the format forbids.
 * Loaded once; safe to use from several tests at a time.
 */
public final class ProfileSchema {

  private static final Path DOCS = findDocs();
  private static final Schema SCHEMA = load();

  private ProfileSchema() {}

  /** Returns the path of {@code docs/} at the repository root. */
  public static Path docs() {
    return DOCS;
  }

  /** Returns the path of the schema file. */
  public static Path schemaFile() {
    return DOCS.resolve("profile.schema.json");
  }

  /**
   * Validates one JSON document.
   *
   * @return one message per violation, each with the JSON path of the instance; empty when
   *     the document is valid
   */
  public static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }

  /**
   * Validates the JSON document in a UTF-8 file, such as a {@code .json} sample profile.
   *
   * @return one message per violation; empty when the document is valid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<String> errors(Path file) {
    try {
      return errors(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Schema load() {
    try {
      String schema = Files.readString(schemaFile(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(schema, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + schemaFile(), e);
    }
  }

  private static Path findDocs() {
    // Surefire runs tests in the module folder; an IDE may run them at the repository root.
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/profile.schema.json"))) {
        return dir.resolve("docs");
      }
    }
    throw new IllegalStateException("docs/profile.schema.json not found above " + here);
  }
}
