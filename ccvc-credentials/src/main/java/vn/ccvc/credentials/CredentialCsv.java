package vn.ccvc.credentials;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import vn.ccvc.credentials.internal.CsvWriter;

/**
 * Writes issued credentials as CSV with the header
 * {@code citizenId,fullName,username,initialPassword,expiresAt}: fields as RFC 4180 defines
 * them, records ended by CRLF, {@code expiresAt} in ISO-8601 with its offset
 * ({@code 2026-01-08T09:30:00+07:00}).
 *
 * <p>The output contains passwords in clear text. The caller chooses where it goes, and for a file
 * should make it readable by its owner only and write it in UTF-8 without a byte-order mark.
 * The class is stateless and safe to use from any thread.
 */
public final class CredentialCsv {

  /** The columns of the output, in order. */
  public static final List<String> HEADER =
      List.of("citizenId", "fullName", "username", "initialPassword", "expiresAt");

  private CredentialCsv() {}

  /**
   * Writes the header and one record per issued row to {@code out}, which the caller flushes
   * and closes. The {@code citizenId} and {@code fullName} columns repeat the row's request as
   * given, without white space around them.
   *
   * @param zone the time zone whose offset {@code expiresAt} is written with
   * @throws IOException if writing fails
   */
  public static void write(Writer out, List<RowResult.Issued> rows, ZoneId zone)
      throws IOException {
    Objects.requireNonNull(zone, "zone");
    CsvWriter.writeRecord(out, HEADER);
    for (RowResult.Issued row : rows) {
      CsvWriter.writeRecord(out, fields(row, zone));
    }
  }

  private static List<String> fields(RowResult.Issued row, ZoneId zone) {
    IssuedCredential credential = row.credential();
    String fullName = row.request().fullName();
    String expiresAt = OffsetDateTime.ofInstant(credential.expiresAt(), zone)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return List.of(Names.trim(row.request().citizenId()),
        fullName == null ? "" : Names.trim(fullName), credential.username(),
        credential.initialPassword(), expiresAt);
  }
}
