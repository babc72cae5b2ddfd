package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialCsvTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T02:30:00Z"), ZoneOffset.UTC);

  private static String write(List<RowResult.Issued> rows, ZoneId zone) throws IOException {
    StringWriter out = new StringWriter();
    CredentialCsv.write(out, rows, zone);
    return out.toString();
  }

  @Test
  void write_headerRowsAndOffset() throws IOException {
    BatchResult result = CredentialIssuer.of(PasswordScheme.national(), CLOCK).issueAll(List.of(
        CredentialRequest.of("038185011234", "  BÙI THỊ THỦY "),
        CredentialRequest.of("001090004321", "Đặng Văn Đức")));
    String csv = write(result.issued(), ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(csv).isEqualTo("citizenId,fullName,username,initialPassword,expiresAt\r\n"
        + "038185011234,BÙI THỊ THỦY,038185011234,Thuy1234@,2026-01-08T09:30:00+07:00\r\n"
        + "001090004321,Đặng Văn Đức,001090004321,Duc4321@,2026-01-08T09:30:00+07:00\r\n");
  }

  @Test
  void write_utcOffset() throws IOException {
    BatchResult result = CredentialIssuer.of(PasswordScheme.national(), CLOCK)
        .issueAll(List.of(CredentialRequest.of("038185011234", "Bùi Thị Thủy")));
    assertThat(write(result.issued(), ZoneOffset.UTC)).endsWith(",2026-01-08T02:30:00Z\r\n");
  }

  @Test
  void write_quotesFieldsThatNeedIt() throws IOException {
    CredentialRequest request = CredentialRequest.of("038185011234", "Bùi, \"Thị\" Thủy");
    IssuedCredential credential = new IssuedCredential("038185011234", "a,b\"c", "custom",
        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), List.of());
    String csv = write(List.of(new RowResult.Issued(2, request, credential)), ZoneOffset.UTC);
    assertThat(csv).endsWith("\r\n038185011234,\"Bùi, \"\"Thị\"\" Thủy\",038185011234,"
        + "\"a,b\"\"c\",2026-01-02T00:00:00Z\r\n");
  }

  @Test
  void write_noRows() throws IOException {
    assertThat(write(List.of(), ZoneOffset.UTC))
        .isEqualTo("citizenId,fullName,username,initialPassword,expiresAt\r\n");
  }
}
