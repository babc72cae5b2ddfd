package vn.ccvc.examples.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.CcvcException;
import vn.ccvc.workflow.Role;

/** The organization file: round trip, documented layout and invalid content. */
class OrganizationFileTest {

  @TempDir
  Path folder;

  private CcvcException readWith(String json) throws IOException {
    Files.writeString(folder.resolve("organization.json"), json, StandardCharsets.UTF_8);
    return catchThrowableOfType(CcvcException.class, () -> OrganizationFile.read(folder));
  }

  @Test
  void roundTrip() {
    OrganizationFile written = new OrganizationFile(StoreFixtures.organization(),
        LocalDate.of(2026, 6, 30));
    written.write(folder);

    OrganizationFile read = OrganizationFile.read(folder);

    assertThat(read.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(read.organization().units()).isEqualTo(written.organization().units());
    assertThat(read.organization().assignments())
        .isEqualTo(written.organization().assignments());
    assertThat(read.organization().hasRole(StoreFixtures.LEADER, Role.LEADER,
        StoreFixtures.WARD)).isTrue();
  }

  @Test
  void layout_asDocumented() throws IOException {
    new OrganizationFile(StoreFixtures.organization(), null).write(folder);

    assertThat(Files.readString(folder.resolve("organization.json"), StandardCharsets.UTF_8))
        .isEqualTo("""
            {
              "format": "ccvc-workflow-organization",
              "formatVersion": 1,
              "units": [
                {
                  "id": "HN",
                  "name": "Thành phố Hà Nội"
                },
                {
                  "id": "HN-DM",
                  "name": "Phường Đại Mỗ",
                  "parentId": "HN"
                }
              ],
              "assignments": [
                {
                  "person": "001090004321",
                  "role": "APPROVER",
                  "unitId": "HN-DM",
                  "includesSubUnits": false
                },
                {
                  "person": "001080007777",
                  "role": "LEADER",
                  "unitId": "HN",
                  "includesSubUnits": true
                }
              ]
            }
            """);
  }

  @Test
  void missingFile_invalid() {
    CcvcException thrown = catchThrowableOfType(CcvcException.class,
        () -> OrganizationFile.read(folder));

    assertThat(thrown.code()).isEqualTo("store.invalid");
    assertThat(thrown.getMessage()).isEqualTo("Store folder " + folder + " has no "
        + "organization.json; create it with the units and roles, as docs/state-format.md "
        + "describes.");
  }

  @Test
  void wrongFormat_invalid() throws IOException {
    CcvcException thrown = readWith("{\"format\": \"other\", \"formatVersion\": 1, "
        + "\"units\": [], \"assignments\": []}");

    assertThat(thrown.code()).isEqualTo("store.invalid");
    assertThat(thrown.getMessage()).isEqualTo("Store file organization.json has format 'other'"
        + " version 1; this tool reads 'ccvc-workflow-organization' version 1. Correct the "
        + "file or restore it from a backup.");
  }

  @Test
  void ownerRole_invalid() throws IOException {
    CcvcException thrown = readWith("{\"format\": \"ccvc-workflow-organization\", "
        + "\"formatVersion\": 1, \"units\": [{\"id\": \"A\", \"name\": \"A\"}], "
        + "\"assignments\": [{\"person\": \"001090004321\", \"role\": \"OWNER\", "
        + "\"unitId\": \"A\", \"includesSubUnits\": false}]}");

    assertThat(thrown.getMessage()).isEqualTo("Store file organization.json assignments[0].role"
        + " is OWNER; assign APPROVER or LEADER. Correct the file or restore it from a backup.");
  }

  @Test
  void badDeadline_invalid() throws IOException {
    CcvcException thrown = readWith("{\"format\": \"ccvc-workflow-organization\", "
        + "\"formatVersion\": 1, \"units\": [], \"assignments\": [], \"deadline\": \"30/6\"}");

    assertThat(thrown.getMessage()).isEqualTo("Store file organization.json deadline is "
        + "'30/6', not a date such as 2026-06-30. Correct the file or restore it from a backup.");
  }

  @Test
  void unitCycle_invalidTree() throws IOException {
    CcvcException thrown = readWith("{\"format\": \"ccvc-workflow-organization\", "
        + "\"formatVersion\": 1, \"units\": [{\"id\": \"A\", \"name\": \"A\", \"parentId\": "
        + "\"B\"}, {\"id\": \"B\", \"name\": \"B\", \"parentId\": \"A\"}], \"assignments\": []}");

    assertThat(thrown.code()).isEqualTo("unit.invalidTree");
  }

  @Test
  void duplicateMember_invalid() throws IOException {
    CcvcException thrown = readWith("{\"format\": \"a\", \"format\": \"b\"}");

    assertThat(thrown.code()).isEqualTo("store.invalid");
    assertThat(thrown.getMessage()).startsWith("Store file organization.json is not valid JSON"
        + " (Duplicate field 'format'");
  }
}
