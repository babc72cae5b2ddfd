package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.LEADER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.WARD;
import static vn.ccvc.workflow.Fixtures.assessment;
import static vn.ccvc.workflow.Fixtures.at;
import static vn.ccvc.workflow.Fixtures.inStatus;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CitizenId;

/** Bulk approve, reject and sync: each profile decided on its own, one result each. */
class BulkTest {

  private static final CitizenId OTHER = CitizenId.parse("038190022222");

  private final Workflow workflow = Fixtures.workflow();

  private static ProfileState of(CitizenId owner, ProfileState state) {
    return new ProfileState(owner, WARD, state.status(), state.revision(), state.profile(),
        state.confirmed(), state.syncState(), state.pendingSyncVersion(),
        state.lastSyncedVersion(), state.issuedAt(), state.updatedAt());
  }

  @Test
  void approveAll_decidesEachProfile() {
    ProfileState awaiting = inStatus(ProfileStatus.AWAITING_CONFIRMATION);
    ProfileState updating = of(OTHER, inStatus(ProfileStatus.UPDATING));
    List<BulkResult> results = workflow.approveAll(List.of(awaiting, updating),
        state -> assessment(), Actor.person(APPROVER), at(100));

    assertThat(results).extracting(BulkResult::owner).containsExactly(OWNER, OTHER);
    assertThat(results.get(0).decision().orThrow().status())
        .isEqualTo(ProfileStatus.CONFIRMED);
    assertThat(((Decision.Rejected) results.get(1).decision()).code())
        .isEqualTo(RejectionCode.STATUS_NOT_ALLOWED);
  }

  @Test
  void rejectAll_sameNote() {
    ProfileState first = inStatus(ProfileStatus.AWAITING_CONFIRMATION);
    ProfileState second = of(OTHER, first);
    List<BulkResult> results = workflow.rejectAll(List.of(first, second), "Thiếu ảnh.",
        Actor.person(APPROVER), at(100));

    assertThat(results).allSatisfy(result -> assertThat(result.decision().orThrow().status())
        .isEqualTo(ProfileStatus.REJECTED));
  }

  @Test
  void rejectAll_blankNoteRejectsEach() {
    ProfileState first = inStatus(ProfileStatus.AWAITING_CONFIRMATION);
    List<BulkResult> results = workflow.rejectAll(List.of(first, of(OTHER, first)), " ",
        Actor.person(APPROVER), at(100));

    assertThat(results).allSatisfy(result -> assertThat(
        ((Decision.Rejected) result.decision()).code()).isEqualTo(RejectionCode.NOTE_MISSING));
  }

  @Test
  void requestSyncAll_mixedStates() {
    ProfileState confirmed = inStatus(ProfileStatus.CONFIRMED);
    ProfileState notConfirmed = of(OTHER, inStatus(ProfileStatus.REJECTED));
    List<BulkResult> results = workflow.requestSyncAll(List.of(confirmed, notConfirmed),
        Actor.person(LEADER), at(100));

    assertThat(results.get(0).decision().orThrow().syncState())
        .isEqualTo(SyncState.SYNC_PENDING);
    assertThat(((Decision.Rejected) results.get(1).decision()).code())
        .isEqualTo(RejectionCode.NOTHING_CONFIRMED);
  }

  @Test
  void duplicate_decidedOnce() {
    ProfileState awaiting = inStatus(ProfileStatus.AWAITING_CONFIRMATION);
    List<BulkResult> results = workflow.approveAll(List.of(awaiting, awaiting),
        state -> assessment(), Actor.person(APPROVER), at(100));

    assertThat(results).hasSize(2);
    assertThat(results.get(0).decision().isAccepted()).isTrue();
    Decision.Rejected second = (Decision.Rejected) results.get(1).decision();
    assertThat(second.code()).isEqualTo(RejectionCode.DUPLICATE_IN_SELECTION);
    assertThat(second.message()).isEqualTo("The profile of 038*****1234 appears more than once"
        + " in the selection; only its first entry was decided.");
  }

  @Test
  void emptySelection_noResults() {
    assertThat(workflow.requestSyncAll(List.of(), Actor.person(LEADER), at(0))).isEmpty();
  }

  @Test
  void bulkResult_masksOwner() {
    BulkResult result = new BulkResult(OWNER, new Decision.Rejected(
        RejectionCode.NOTE_MISSING, "m"));

    assertThat(result.toString()).contains("038*****1234").doesNotContain("038185011234");
  }
}
