package vn.ccvc.credentials.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based line on which the record starts
 * @param fields the fields read, in order; those read before a syntax error when there is one
 * @param error what is wrong with the record's syntax, or {@code null} when it is well formed
 */
public record CsvRecord(int line, List<String> fields, @Nullable String error) {

  /** Creates a record, copying the fields. */
  public CsvRecord {
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
  }
}
