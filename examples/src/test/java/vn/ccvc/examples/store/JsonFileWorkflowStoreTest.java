package vn.ccvc.examples.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ccvc.examples.store.StoreFixtures.APPROVER;
import static vn.ccvc.examples.store.StoreFixtures.LEADER;
import static vn.ccvc.examples.store.StoreFixtures.OWNER;
import static vn.ccvc.examples.store.StoreFixtures.WARD;
import static vn.ccvc.examples.store.StoreFixtures.at;
import static vn.ccvc.examples.store.StoreFixtures.draft;
import static vn.ccvc.examples.store.StoreFixtures.profile;
import static vn.ccvc.examples.store.StoreFixtures.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.Decision;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.RejectionCode;
import vn.ccvc.workflow.WorkflowEvent;
import vn.ccvc.workflow.WorkflowService;
import vn.ccvc.workflow.WorkflowStore;

/** The JSON-file store: round trips, compare-and-set, atomic writes and damaged files. */
class JsonFileWorkflowStoreTest {

  @TempDir
  Path folder;

  private WorkflowService service(JsonFileWorkflowStore store) {
    return new WorkflowService(StoreFixtures.workflow(), store);
  }

  /** Runs every kind of event on the owner's profile. */
  private static void runEveryEvent(WorkflowService service) {
    Actor owner = Actor.person(OWNER);
    service.issue(OWNER, WARD, at(0)).orThrow();
    service.execute(OWNER, new Command.Save(0, draft(profile("A"))), owner, at(1)).orThrow();
    service.execute(OWNER, new Command.Submit(1, submission(profile("A"))), owner, at(2))
        .orThrow();
    service.execute(OWNER, new Command.Withdraw(2), owner, at(3)).orThrow();
    service.execute(OWNER, new Command.Submit(3, submission(profile("A"))), owner, at(4))
        .orThrow();
    service.execute(OWNER, new Command.Reject(4, "Thiếu quá trình công tác, \"mục 28\"."),
        Actor.person(APPROVER), at(5)).orThrow();
    service.execute(OWNER, new Command.Save(5, draft(profile("Bùi Thị Thủy"))), owner, at(6))
        .orThrow();
    service.execute(OWNER, new Command.Submit(6, submission(profile("Bùi Thị Thủy"))), owner,
        at(7)).orThrow();
    service.execute(OWNER, new Command.Approve(7, StoreFixtures.assessment()),
        Actor.person(APPROVER), at(8)).orThrow();
    service.execute(OWNER, new Command.RequestSync(8), Actor.person(LEADER), at(9)).orThrow();
    service.execute(OWNER, Command.RecordSyncOutcome.failed(9, 1, "HTTP 503"), Actor.SYSTEM,
        at(10)).orThrow();
    service.execute(OWNER, new Command.RequestSync(10), Actor.person(LEADER), at(11))
        .orThrow();
    service.execute(OWNER, Command.RecordSyncOutcome.succeeded(11, 1), Actor.SYSTEM, at(12))
        .orThrow();
  }

  @Test
  void roundTrip_everyEventType() {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    runEveryEvent(service(store));

    JsonFileWorkflowStore reopened = JsonFileWorkflowStore.open(folder);
    ProfileState state = reopened.load(OWNER).orElseThrow();
    List<WorkflowEvent> events = reopened.events(OWNER);

    assertThat(events).hasSize(13);
    assertThat(ProfileState.replay(events)).isEqualTo(state);
    assertThat(state.revision()).isEqualTo(12);
    assertThat(state.lastSyncedVersion()).isEqualTo(1);
    assertThat(state.profile().salary().coefficient()).hasToString("3.00");
    assertThat(reopened.loadAll()).containsExactly(state);
    assertThat(reopened.loadAllEvents()).containsExactly(events);
  }

  @Test
  void file_matchesDocumentedLayout() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    service(store).issue(OWNER, WARD, at(0)).orThrow();

    String text = Files.readString(folder.resolve("profiles/038185011234.json"),
        StandardCharsets.UTF_8);

    assertThat(text).isEqualTo("""
        {
          "format": "ccvc-workflow-profile",
          "formatVersion": 1,
          "state": {
            "owner": "038185011234",
            "unitId": "HN-DM",
            "status": "NOT_STARTED",
            "revision": 0,
            "syncState": "NOT_SYNCED",
            "pendingSyncVersion": 0,
            "lastSyncedVersion": 0,
            "issuedAt": "2026-03-02T02:00:00Z",
            "updatedAt": "2026-03-02T02:00:00Z"
          },
          "events": [
            {
              "type": "accountIssued",
              "revision": 0,
              "at": "2026-03-02T02:00:00Z",
              "owner": "038185011234",
              "unitId": "HN-DM"
            }
          ]
        }
        """);
  }

  @Test
  void write_leavesNoTemporaryFile() throws IOException {
    runEveryEvent(service(JsonFileWorkflowStore.open(folder)));

    try (Stream<Path> files = Files.list(folder.resolve("profiles"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("038185011234.json", "038185011234.lock");
    }
  }

  @Test
  void staleTemporaryFile_ignored() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    service(store).issue(OWNER, WARD, at(0)).orThrow();
    Files.writeString(folder.resolve("profiles/.038185011234.json123.tmp"), "{\"half",
        StandardCharsets.UTF_8);

    assertThat(store.loadAll()).hasSize(1);
  }

  @Test
  void compareAndSet_staleRevisionRejected() {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    WorkflowService service = service(store);
    service.issue(OWNER, WARD, at(0)).orThrow();
    ProfileState issued = store.load(OWNER).orElseThrow();
    Decision.Accepted first = (Decision.Accepted) service.workflow().decide(issued,
        new Command.Save(0, draft(profile("A"))), Actor.person(OWNER), at(1));
    Decision.Accepted second = (Decision.Accepted) service.workflow().decide(issued,
        new Command.Save(0, draft(profile("B"))), Actor.person(OWNER), at(1));

    assertThat(store.compareAndSet(0, first.state(), first.events())).isTrue();
    assertThat(store.compareAndSet(0, second.state(), second.events())).isFalse();
    assertThat(store.load(OWNER)).contains(first.state());
    assertThat(store.compareAndSet(WorkflowStore.ABSENT, issued,
        List.of(new WorkflowEvent.AccountIssued(at(0), OWNER, WARD)))).isFalse();
  }

  @Test
  void issueTwice_rejected() {
    WorkflowService service = service(JsonFileWorkflowStore.open(folder));
    service.issue(OWNER, WARD, at(0)).orThrow();

    assertThat(((Decision.Rejected) service.issue(OWNER, WARD, at(1))).code())
        .isEqualTo(RejectionCode.ALREADY_ISSUED);
  }

  @Test
  void unknownOwner_empty() {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);

    assertThat(store.load(OWNER)).isEmpty();
    assertThat(store.events(OWNER)).isEmpty();
    assertThat(store.loadAll()).isEmpty();
  }

  @Test
  void damagedJson_invalid() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    Files.writeString(folder.resolve("profiles/038185011234.json"), "{\"format\": ",
        StandardCharsets.UTF_8);
    CcvcException thrown = catchThrowableOfType(CcvcException.class, () -> store.load(OWNER));

    assertThat(thrown.code()).isEqualTo("store.invalid");
    assertThat(thrown.getMessage()).startsWith("Store file profiles/038*****1234.json is not "
        + "valid JSON (");
    assertThat(thrown.getMessage()).doesNotContain("038185011234");
  }

  @Test
  void editedState_invalid() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    runEveryEvent(service(store));
    Path file = folder.resolve("profiles/038185011234.json");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\"lastSyncedVersion\": 1", "\"lastSyncedVersion\": 0"),
        StandardCharsets.UTF_8);
    CcvcException thrown = catchThrowableOfType(CcvcException.class, () -> store.load(OWNER));

    assertThat(thrown.code()).isEqualTo("store.invalid");
    assertThat(thrown.getMessage()).isEqualTo("Store file profiles/038*****1234.json has a "
        + "state that differs from the one its events replay to. Correct the file or restore "
        + "it from a backup.");
  }

  @Test
  void missingEvent_invalid() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    service(store).issue(OWNER, WARD, at(0)).orThrow();
    Path file = folder.resolve("profiles/038185011234.json");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\"type\": \"accountIssued\"", "\"type\": \"opened\""),
        StandardCharsets.UTF_8);
    CcvcException thrown = catchThrowableOfType(CcvcException.class, () -> store.load(OWNER));

    assertThat(thrown.code()).isEqualTo("store.invalid");
    assertThat(thrown.getMessage()).isEqualTo("Store file profiles/038*****1234.json "
        + "events[0].type is 'opened', not an event type. Correct the file or restore it from"
        + " a backup.");
  }

  @Test
  void unknownMember_invalid() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    service(store).issue(OWNER, WARD, at(0)).orThrow();
    Path file = folder.resolve("profiles/038185011234.json");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("\"unitId\": \"HN-DM\",", "\"unit\": \"HN-DM\","),
        StandardCharsets.UTF_8);
    CcvcException thrown = catchThrowableOfType(CcvcException.class, () -> store.load(OWNER));

    assertThat(thrown.getMessage()).startsWith("Store file profiles/038*****1234.json has an "
        + "unknown member state.unit; the known members there are [owner, unitId,");
  }

  @Test
  void fileOfOtherOwner_invalid() throws IOException {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    service(store).issue(OWNER, WARD, at(0)).orThrow();
    CitizenId other = CitizenId.parse("001190003333");
    Files.copy(folder.resolve("profiles/038185011234.json"),
        folder.resolve("profiles/001190003333.json"));
    CcvcException thrown = catchThrowableOfType(CcvcException.class, () -> store.load(other));

    assertThat(thrown.getMessage()).isEqualTo("Store file profiles/001*****3333.json contains"
        + " the profile of 038*****1234, whose file is named 038*****1234.json. Correct the "
        + "file or restore it from a backup.");
  }

  @Test
  void eventsMustContinue() {
    JsonFileWorkflowStore store = JsonFileWorkflowStore.open(folder);
    ProfileState issued = ProfileState.issued(OWNER, WARD, at(0));

    assertThatThrownBy(() -> store.compareAndSet(3, issued, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Events end at revision 3 but the state is at revision 0");
  }
}
