package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ccvc.credentials.CredentialAssertions.thrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;

class CredentialIssuerTest {

  private static final Instant NOW = Instant.parse("2026-01-01T02:30:00.750Z");
  private static final Instant ISSUED = Instant.parse("2026-01-01T02:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.ofHours(7));
  private static final CredentialIssuer NATIONAL =
      CredentialIssuer.of(PasswordScheme.national(), CLOCK);

  private static BatchResult csv(String text) {
    return NATIONAL.issueCsv(new StringReader(text));
  }

  @Test
  void issue_recordsTimesAndFlags() {
    IssuedCredential credential =
        NATIONAL.issue(CredentialRequest.of("038185011234", "BÙI THỊ THỦY"));
    assertThat(credential.username()).isEqualTo("038185011234");
    assertThat(credential.initialPassword()).isEqualTo("Thuy1234@");
    assertThat(credential.scheme()).isEqualTo("national");
    assertThat(credential.issuedAt()).isEqualTo(ISSUED);
    assertThat(credential.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
    assertThat(credential.singleUse()).isTrue();
    assertThat(credential.changeRequired()).isTrue();
    assertThat(credential.repaired()).isFalse();
  }

  @Test
  void issue_usernameWithoutSurroundingSpaces() {
    assertThat(NATIONAL.issue(CredentialRequest.of(" 038185011234 ", "Lê An")).username())
        .isEqualTo("038185011234");
  }

  @Test
  void defaultValidity_sevenDays() {
    assertThat(NATIONAL.validity()).isEqualTo(Duration.ofDays(7));
    assertThat(CredentialIssuer.DEFAULT_VALIDITY).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void withValidity_changesExpiry() {
    CredentialIssuer issuer = NATIONAL.withValidity(Duration.ofHours(48));
    IssuedCredential credential = issuer.issue(CredentialRequest.of("038185011234", "Lê An"));
    assertThat(credential.expiresAt()).isEqualTo(Instant.parse("2026-01-03T02:30:00Z"));
    assertThat(issuer.scheme()).isSameAs(NATIONAL.scheme());
  }

  @Test
  void withValidity_belowOneSecond_rejected() {
    assertThatThrownBy(() -> NATIONAL.withValidity(Duration.ofMillis(999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The validity PT0.999S is shorter than one second; use a duration such as "
            + "Duration.ofDays(7).");
  }

  @Test
  void isExpiredAt_expiryInstantIncluded() {
    IssuedCredential credential = NATIONAL.issue(CredentialRequest.of("038185011234", "Lê An"));
    assertThat(credential.isExpiredAt(credential.expiresAt().minusSeconds(1))).isFalse();
    assertThat(credential.isExpiredAt(credential.expiresAt())).isTrue();
  }

  @Test
  void toString_masksIdAndHidesPassword() {
    IssuedCredential credential =
        NATIONAL.issue(CredentialRequest.of("038185011234", "BÙI THỊ THỦY"));
    assertThat(credential.toString()).doesNotContain("038185011234").doesNotContain("Thuy1234@")
        .contains("username=038*****1234", "initialPassword=(hidden)");
    assertThat(CredentialRequest.of("038185011234", "Lê An").toString())
        .doesNotContain("038185011234");
  }

  @Test
  void issue_randomScheme() {
    CredentialIssuer issuer = CredentialIssuer.of(PasswordScheme.random(), CLOCK);
    IssuedCredential credential = issuer.issue(CredentialRequest.of("038185011234", "Lê An"));
    assertThat(credential.scheme()).isEqualTo("random");
    assertThat(credential.initialPassword()).hasSize(16);
  }

  @Test
  void issue_invalidId_rejected() {
    CredentialException e = thrownBy(() -> CredentialIssuer.of(PasswordScheme.random(), CLOCK)
        .issue(CredentialRequest.of("12345", "Lê An")));
    assertThat(e.code()).isEqualTo("credentials.citizenId.format");
  }

  @Test
  void issueAll_oneResultPerRowInOrder() {
    BatchResult result = NATIONAL.issueAll(List.of(
        CredentialRequest.of("038185011234", "Bùi Thị Thủy"),
        CredentialRequest.of("038185011", "Lê Văn An"),
        CredentialRequest.of("001090004321", "Đặng Văn Đức")));
    assertThat(result.rows()).extracting(RowResult::row).containsExactly(1, 2, 3);
    assertThat(result.allIssued()).isFalse();
    assertThat(result.issued()).extracting(row -> row.credential().initialPassword())
        .containsExactly("Thuy1234@", "Duc4321@");
    assertThat(result.failed()).singleElement().satisfies(failed -> {
      assertThat(failed.row()).isEqualTo(2);
      assertThat(failed.error().code()).isEqualTo("credentials.citizenId.format");
      assertThat(failed.request()).isEqualTo(CredentialRequest.of("038185011", "Lê Văn An"));
    });
  }

  @Test
  void issueAll_sharesOneIssueTime() {
    BatchResult result = NATIONAL.issueAll(List.of(
        CredentialRequest.of("038185011234", "Bùi Thị Thủy"),
        CredentialRequest.of("001090004321", "Đặng Văn Đức")));
    assertThat(result.issued()).extracting(row -> row.credential().issuedAt())
        .containsOnly(ISSUED);
  }

  @Test
  void issueAll_duplicateIdsFailOnEveryRow() {
    BatchResult result = NATIONAL.issueAll(List.of(
        CredentialRequest.of("038185011234", "Bùi Thị Thủy"),
        CredentialRequest.of("001090004321", "Đặng Văn Đức"),
        CredentialRequest.of(" 038185011234", "Bùi Thị Thuý")));
    assertThat(result.issued()).extracting(RowResult::row).containsExactly(2);
    assertThat(result.failed()).extracting(RowResult::row).containsExactly(1, 3);
    CredentialException error = result.failed().get(0).error();
    assertThat(error.code()).isEqualTo("credentials.citizenId.duplicate");
    assertThat(error.getMessage()).isEqualTo("The citizen ID 038*****1234 is on rows 1, 3; none "
        + "of them gets a credential, because an account belongs to one person. Correct the ID "
        + "or remove the extra rows, then issue again.");
  }

  @Test
  void issueAll_reportsRepairsPerRow() {
    BatchResult result = NATIONAL.issueAll(List.of(
        CredentialRequest.of("038185011234", "Nguyễn Văn \u00D0ức"),
        CredentialRequest.of("001090004321", "Đặng Văn Đức")));
    List<RowResult.Issued> issued = result.issued();
    assertThat(issued.get(0).credential().repairs())
        .containsExactly(new NameRepair("fullName", 0xD0, "Đ"));
    assertThat(issued.get(0).credential().repaired()).isTrue();
    assertThat(issued.get(1).credential().repairs()).isEmpty();
  }

  @Test
  void issueAll_empty() {
    BatchResult result = NATIONAL.issueAll(List.of());
    assertThat(result.rows()).isEmpty();
    assertThat(result.allIssued()).isTrue();
  }

  @Test
  void issueProfiles_usesSectionOne() {
    Identity identity = new Identity(null, null, null, null, "H'Hen Niê", "Niê", null, "Hen",
        null, "1990-03-04", null, null, null, null, null, "066190001234", null, null, null, null);
    Profile withId = new Profile(Profile.SCHEMA_VERSION, identity, null, null, null, null, null,
        null, null, null, null, null);
    BatchResult result = NATIONAL.issueProfiles(List.of(withId, Profile.empty()));
    assertThat(result.issued()).singleElement().satisfies(row -> {
      assertThat(row.credential().initialPassword()).isEqualTo("Hen1234@");
      assertThat(row.request().birthDate()).isEqualTo("1990-03-04");
      assertThat(row.request().familyName()).isEqualTo("Niê");
    });
    assertThat(result.failed()).singleElement().satisfies(row -> {
      assertThat(row.row()).isEqualTo(2);
      assertThat(row.error().code()).isEqualTo("credentials.citizenId.missing");
    });
  }

  @Test
  void issueSources_unreadableProfileIsFailedRow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("unit.jsonl");
    Files.writeString(file, "{\"schemaVersion\":1,\"identity\":{\"fullName\":\"Lê Văn An\","
        + "\"citizenId\":\"001090005678\"}}\n{oops\n{\"schemaVersion\":1,\"identity\":{"
        + "\"fullName\":\"Bùi Thị Thủy\",\"citizenId\":\"038185011234\"}}\n",
        StandardCharsets.UTF_8);
    BatchResult result = NATIONAL.issueSources(ProfileCodec.create().readAll(List.of(file)));
    assertThat(result.rows()).extracting(RowResult::row).containsExactly(1, 2, 3);
    assertThat(result.issued()).extracting(row -> row.credential().initialPassword())
        .containsExactly("An5678@", "Thuy1234@");
    RowResult.Failed failed = result.failed().get(0);
    assertThat(failed.row()).isEqualTo(2);
    assertThat(failed.request()).isNull();
    assertThat(failed.error().code()).isEqualTo("credentials.profile.unreadable");
    assertThat(failed.error().getMessage()).startsWith("The profile could not be read: ");
    assertThat(failed.error().getCause()).isInstanceOf(ProfileReadException.class);
  }

  @Test
  void csv_headerAnyOrderAndCase() {
    BatchResult result = csv("FullName,GIVENNAME,citizenid\r\n"
        + "H'Hen Niê,Hen,066190001234\r\n"
        + "Bùi Thị Thủy,,038185011234\r\n");
    assertThat(result.allIssued()).isTrue();
    assertThat(result.issued()).extracting(row -> row.credential().initialPassword())
        .containsExactly("Hen1234@", "Thuy1234@");
    assertThat(result.rows()).extracting(RowResult::row).containsExactly(2, 3);
  }

  @Test
  void csv_byteOrderMarkAndQuotedFields() {
    BatchResult result = csv("\uFEFFcitizenId,fullName\n"
        + "\"038185011234\",\"Bùi Thị Thủy\"\n"
        + "001090004321,\"Đặng \"\"Văn\"\" Đức\"\n");
    assertThat(result.issued()).extracting(row -> row.credential().initialPassword())
        .containsExactly("Thuy1234@");
    assertThat(result.failed()).singleElement().satisfies(row -> {
      assertThat(row.row()).isEqualTo(3);
      assertThat(row.error().code()).isEqualTo("credentials.name.invalidCharacter");
    });
  }

  @Test
  void csv_quotedLineBreakKeepsLineNumbers() {
    BatchResult result = csv("citizenId,fullName\n"
        + "038185011234,\"Bùi Thị\nThủy\"\n"
        + "001090004321,Đặng Văn Đức\n");
    assertThat(result.rows()).extracting(RowResult::row).containsExactly(2, 4);
    assertThat(result.issued()).extracting(row -> row.credential().initialPassword())
        .containsExactly("Thuy1234@", "Duc4321@");
  }

  @Test
  void csv_emptyLinesPassedOver() {
    BatchResult result = csv("citizenId,fullName\n\n038185011234,Bùi Thị Thủy\n\n");
    assertThat(result.rows()).extracting(RowResult::row).containsExactly(3);
  }

  @Test
  void csv_wrongFieldCountReportedPerRow() {
    BatchResult result = csv("citizenId,fullName,givenName\n"
        + "038185011234,Bùi Thị Thủy\n"
        + "001090004321,Đặng Văn Đức,Đức,extra\n"
        + "001090005678,Lê Văn An,\n");
    assertThat(result.issued()).extracting(RowResult::row).containsExactly(4);
    assertThat(result.failed()).extracting(row -> row.error().code())
        .containsExactly("credentials.csv.row", "credentials.csv.row");
    assertThat(result.failed().get(0).error().getMessage()).isEqualTo("The CSV row on line 2 "
        + "has 2 fields but the header names 3 columns; check for a missing or extra comma.");
    assertThat(result.failed().get(0).request()).isNull();
  }

  @Test
  void csv_malformedRowReported() {
    BatchResult result = csv("citizenId,fullName\n"
        + "038185011234,Bùi \"Thị\" Thủy\n"
        + "001090004321,\"Đặng Văn Đức\"x\n"
        + "001090005678,\"Lê Văn An\n"
        + "001090007777,Trần Văn Bình");
    assertThat(result.failed()).extracting(row -> row.error().getMessage()).containsExactly(
        "The CSV row on line 2 is malformed: field 2 contains a double quote but is not "
            + "enclosed in quotes; enclose the field in double quotes and double the quote.",
        "The CSV row on line 3 is malformed: field 2 has characters after its closing double "
            + "quote.",
        "The CSV row on line 4 is malformed: field 2 opens a double quote on line 4 that is "
            + "never closed; close it, or remove it if the field needs no quotes.");
    assertThat(result.issued()).extracting(row -> row.request().citizenId())
        .containsExactly("001090007777");
  }

  @Test
  void csv_duplicateIdsReported() {
    BatchResult result = csv("citizenId,fullName\n038185011234,Bùi Thị Thủy\n"
        + "038185011234,Bùi Thị Thủy\n");
    assertThat(result.failed()).extracting(row -> row.error().getMessage()).containsOnly(
        "The citizen ID 038*****1234 is on rows 2, 3; none of them gets a credential, because "
            + "an account belongs to one person. Correct the ID or remove the extra rows, then "
            + "issue again.");
  }

  @Test
  void csv_empty_rejected() {
    CredentialException e = thrownBy(() -> csv(""));
    assertThat(e.code()).isEqualTo("credentials.csv.header");
    assertThat(e.getMessage()).isEqualTo("The CSV input is empty; the header must name the "
        + "columns citizenId and fullName, and may name givenName, separated by commas.");
  }

  @Test
  void csv_unknownColumn_rejected() {
    CredentialException e = thrownBy(() -> csv("citizenId,fullName,birthDate\n"));
    assertThat(e.code()).isEqualTo("credentials.csv.header");
    assertThat(e.getMessage()).isEqualTo("The CSV header names the unknown column 'birthDate'; "
        + "the header must name the columns citizenId and fullName, and may name givenName, "
        + "separated by commas.");
  }

  @Test
  void csv_missingColumn_rejected() {
    CredentialException e = thrownBy(() -> csv("citizenId\n038185011234\n"));
    assertThat(e.code()).isEqualTo("credentials.csv.header");
    assertThat(e.getMessage()).startsWith("The CSV header lacks the column fullName; ");
  }

  @Test
  void csv_repeatedColumn_rejected() {
    CredentialException e = thrownBy(() -> csv("citizenId,fullName,FULLNAME\n"));
    assertThat(e.getMessage()).startsWith("The CSV header names the column fullName twice; ");
  }

  @Test
  void csvFile_readInUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("unit.csv");
    Files.writeString(file, "citizenId,fullName\n038185011234,Bùi Thị Thủy\n",
        StandardCharsets.UTF_8);
    assertThat(NATIONAL.issueCsv(file).issued()).singleElement()
        .satisfies(row -> assertThat(row.credential().initialPassword()).isEqualTo("Thuy1234@"));
  }

  @Test
  void csvFile_notUtf8_rejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("unit.csv");
    Files.write(file, "citizenId,fullName\n038185011234,B\u00D9I\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    CredentialException e = thrownBy(() -> NATIONAL.issueCsv(file));
    assertThat(e.code()).isEqualTo("credentials.csv.read");
    assertThat(e.getMessage()).isEqualTo("Cannot read the CSV file " + file + " ("
        + "java.nio.charset.MalformedInputException: Input length = 1); check that it exists, "
        + "is readable and is in UTF-8.");
  }

  @Test
  void csvFile_missing_rejected(@TempDir Path dir) {
    Path missing = dir.resolve("missing.csv");
    CredentialException e = thrownBy(() -> NATIONAL.issueCsv(missing));
    assertThat(e.code()).isEqualTo("credentials.csv.read");
    assertThat(e.getMessage()).startsWith("Cannot read the CSV file " + missing + " (")
        .endsWith("); check that it exists, is readable and is in UTF-8.");
  }
}
