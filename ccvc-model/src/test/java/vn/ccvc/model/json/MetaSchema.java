package vn.ccvc.model.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a schema file against the JSON Schema draft 2020-12 meta-schema, which the
 * validator library ships, so no network is needed.
 */
final class MetaSchema {

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private MetaSchema() {}

  /** Returns one message per violation of the meta-schema; empty when the schema is valid. */
  static List<String> errors(Path schemaFile) {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(DRAFT_2020_12));
    try {
      String schema = Files.readString(schemaFile, StandardCharsets.UTF_8);
      return meta.validate(schema, InputFormat.JSON).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
