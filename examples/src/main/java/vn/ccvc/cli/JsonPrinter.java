package vn.ccvc.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/**
 * Writes results for programs: one compact JSON object a line (JSON Lines), either
 * {@code {"file","index","valid","violations":[{"code","severity","section","item","path",
 * "message"}]}} for a profile or {@code {"file","error":{"code","line","column","path",
 * "message"}}} for an input that could not be read. No summary line is written.
 */
final class JsonPrinter implements ReportPrinter {

  private final JsonFactory factory = new JsonFactory();
  private final PrintWriter out;
  private final OutputText text;

  JsonPrinter(PrintWriter out, OutputText text) {
    this.out = out;
    this.text = text;
  }

  @Override
  public void profile(String file, int index, ValidationReport report) {
    print(json -> {
      json.writeStringField("file", text.prepare(file));
      json.writeNumberField("index", index);
      json.writeBooleanField("valid", !report.hasErrors());
      json.writeArrayFieldStart("violations");
      for (Violation violation : report.violations()) {
        writeViolation(json, violation);
      }
      json.writeEndArray();
    });
  }

  @Override
  public void unreadable(String file, @Nullable Integer index, ReadError error) {
    print(json -> {
      json.writeStringField("file", text.prepare(file));
      json.writeObjectFieldStart("error");
      json.writeStringField("code", text.prepare(error.code()));
      writeNullableNumber(json, "line", error.line());
      writeNullableNumber(json, "column", error.column());
      json.writeStringField("path", error.path() == null ? null : text.prepare(error.path()));
      json.writeStringField("message", text.prepare(error.message()));
      json.writeEndObject();
    });
  }

  @Override
  public void summary(Tally tally) {
    // Each line is one result, so that a program can read the output line by line.
  }

  private void writeViolation(JsonGenerator json, Violation violation) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", text.prepare(violation.code()));
    json.writeStringField("severity", violation.severity().name());
    json.writeStringField("section", violation.section().name());
    json.writeStringField("item", text.prepare(violation.item()));
    json.writeStringField("path", text.prepare(violation.path()));
    json.writeStringField("message", text.prepare(violation.message()));
    json.writeEndObject();
  }

  private static void writeNullableNumber(JsonGenerator json, String name,
      @Nullable Integer value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value);
    }
  }

  private void print(Members members) {
    StringWriter line = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(line)) {
      json.writeStartObject();
      members.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail, so this is a defect rather than an input error.
      throw new IllegalStateException("Cannot format a result as JSON", e);
    }
    out.println(line);
  }

  /** Writes the members of one output object. */
  @FunctionalInterface
  private interface Members {
    void write(JsonGenerator json) throws IOException;
  }
}
