package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.LEADER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.assessment;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.profile;
import static vn.ccvc.workflow.Fixtures.submission;

import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;

/** Sync of confirmed versions: requests, outcomes, retries and newer confirmations. */
class SyncTest {

  private static final Actor OWNER_ACTOR = Actor.person(OWNER);
  private static final Actor APPROVER_ACTOR = Actor.person(APPROVER);
  private static final Actor LEADER_ACTOR = Actor.person(LEADER);

  private final Workflow workflow = Fixtures.workflow();

  private Fixtures.Path confirmed() {
    return Fixtures.path(ProfileStatus.CONFIRMED);
  }

  private Decision decide(ProfileState state, Command command, Actor actor) {
    return workflow.decide(state, command, actor, state.updatedAt().plusSeconds(60));
  }

  private static Fixtures.Path reconfirm(Fixtures.Path path, String name) {
    Profile edited = profile(name);
    long revision = path.state().revision();
    return path.then(new Command.Save(revision, draft(edited)), OWNER_ACTOR)
        .then(new Command.Submit(revision + 1, submission(edited)), OWNER_ACTOR)
        .then(new Command.Approve(revision + 2, assessment()), APPROVER_ACTOR);
  }

  @Test
  void approval_startsVersionOneNotSynced() {
    ProfileState state = confirmed().state();

    assertThat(state.confirmedVersion()).isEqualTo(1);
    assertThat(state.syncState()).isEqualTo(SyncState.NOT_SYNCED);
    assertThat(state.lastSyncedVersion()).isZero();
    assertThat(state.pendingSyncVersion()).isZero();
  }

  @Test
  void request_thenSuccess() {
    Fixtures.Path path = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR);
    assertThat(path.state().syncState()).isEqualTo(SyncState.SYNC_PENDING);
    assertThat(path.state().pendingSyncVersion()).isEqualTo(1);

    path = path.then(Command.RecordSyncOutcome.succeeded(4, 1), Actor.SYSTEM);

    assertThat(path.state().syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(path.state().lastSyncedVersion()).isEqualTo(1);
    assertThat(path.state().pendingSyncVersion()).isZero();
    assertThat(path.state().status()).isEqualTo(ProfileStatus.CONFIRMED);
  }

  @Test
  void failure_thenRetrySucceeds() {
    Fixtures.Path path = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR)
        .then(Command.RecordSyncOutcome.failed(4, 1, "HTTP 503"), Actor.SYSTEM);
    assertThat(path.state().syncState()).isEqualTo(SyncState.SYNC_FAILED);
    assertThat(path.state().lastSyncedVersion()).isZero();

    path = path.then(new Command.RequestSync(5), LEADER_ACTOR)
        .then(Command.RecordSyncOutcome.succeeded(6, 1), Actor.SYSTEM);

    assertThat(path.state().syncState()).isEqualTo(SyncState.SYNCED);
    assertThat(path.state().lastSyncedVersion()).isEqualTo(1);
  }

  @Test
  void requestWhilePending_rejected() {
    ProfileState pending = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR).state();
    Decision decision = decide(pending, new Command.RequestSync(4), LEADER_ACTOR);

    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    assertThat(((Decision.Rejected) decision).code()).isEqualTo(RejectionCode.SYNC_PENDING);
    assertThat(((Decision.Rejected) decision).message()).isEqualTo("Version 1 of the profile "
        + "of 038*****1234 is being synced. Wait for its outcome before requesting another "
        + "sync.");
  }

  @Test
  void requestWhenSynced_rejected() {
    ProfileState synced = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR)
        .then(Command.RecordSyncOutcome.succeeded(4, 1), Actor.SYSTEM).state();
    Decision decision = decide(synced, new Command.RequestSync(5), LEADER_ACTOR);

    assertThat(((Decision.Rejected) decision).code()).isEqualTo(RejectionCode.ALREADY_SYNCED);
    assertThat(((Decision.Rejected) decision).message()).isEqualTo("Version 1 of the profile "
        + "of 038*****1234 is already synced. Nothing is left to send until a newer version is "
        + "confirmed.");
  }

  @Test
  void outcomeForOtherVersion_rejected() {
    ProfileState pending = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR).state();
    Decision decision = decide(pending, Command.RecordSyncOutcome.succeeded(4, 2), Actor.SYSTEM);

    assertThat(((Decision.Rejected) decision).code()).isEqualTo(RejectionCode.SYNC_NOT_PENDING);
    assertThat(((Decision.Rejected) decision).message()).isEqualTo("No sync of version 2 of the"
        + " profile of 038*****1234 is pending (pending: version 1). Record the outcome of the "
        + "version that was sent.");
  }

  @Test
  void outcomeTwice_rejected() {
    ProfileState synced = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR)
        .then(Command.RecordSyncOutcome.succeeded(4, 1), Actor.SYSTEM).state();
    Decision decision = decide(synced, Command.RecordSyncOutcome.succeeded(5, 1), Actor.SYSTEM);

    assertThat(((Decision.Rejected) decision).code()).isEqualTo(RejectionCode.SYNC_NOT_PENDING);
    assertThat(((Decision.Rejected) decision).message()).contains("(pending: no version)");
  }

  @Test
  void newerConfirmation_keepsLastSyncedVersion() {
    Fixtures.Path synced = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR)
        .then(Command.RecordSyncOutcome.succeeded(4, 1), Actor.SYSTEM);
    ProfileState state = reconfirm(synced, "Bùi Thị Thu Thủy").state();

    assertThat(state.confirmedVersion()).isEqualTo(2);
    assertThat(state.syncState()).isEqualTo(SyncState.NOT_SYNCED);
    assertThat(state.lastSyncedVersion()).isEqualTo(1);
  }

  @Test
  void editingAfterConfirmation_keepsConfirmedVersionSyncable() {
    Fixtures.Path editing = confirmed().then(
        new Command.Save(3, draft(profile("Bùi Thị Thu Thủy"))), OWNER_ACTOR);
    assertThat(editing.state().status()).isEqualTo(ProfileStatus.UPDATING);
    assertThat(editing.state().latestConfirmed().orElseThrow().profile())
        .isEqualTo(profile("Bùi Thị Thủy"));

    ProfileState pending = editing.then(new Command.RequestSync(4), LEADER_ACTOR).state();

    assertThat(pending.syncState()).isEqualTo(SyncState.SYNC_PENDING);
    assertThat(pending.pendingSyncVersion()).isEqualTo(1);
    assertThat(pending.status()).isEqualTo(ProfileStatus.UPDATING);
  }

  @Test
  void olderOutcome_keepsNewerNotSynced() {
    Fixtures.Path pending = confirmed().then(new Command.RequestSync(3), LEADER_ACTOR);
    Fixtures.Path reconfirmed = reconfirm(pending, "Bùi Thị Thu Thủy");
    ProfileState newer = reconfirmed.state();
    assertThat(newer.confirmedVersion()).isEqualTo(2);
    assertThat(newer.syncState()).isEqualTo(SyncState.NOT_SYNCED);
    assertThat(newer.pendingSyncVersion()).isEqualTo(1);
    Decision blocked = decide(newer, new Command.RequestSync(newer.revision()), LEADER_ACTOR);
    assertThat(((Decision.Rejected) blocked).code()).isEqualTo(RejectionCode.SYNC_PENDING);

    ProfileState after = reconfirmed.then(
        Command.RecordSyncOutcome.succeeded(newer.revision(), 1), Actor.SYSTEM).state();

    assertThat(after.lastSyncedVersion()).isEqualTo(1);
    assertThat(after.syncState()).isEqualTo(SyncState.NOT_SYNCED);
    assertThat(after.pendingSyncVersion()).isZero();
    assertThat(decide(after, new Command.RequestSync(after.revision()), LEADER_ACTOR)
        .isAccepted()).isTrue();
  }

  @Test
  void syncRequested_carriesConfirmedVersion() {
    Fixtures.Path path = reconfirm(confirmed(), "Bùi Thị Thu Thủy");
    Fixtures.Path requested = path.then(new Command.RequestSync(path.state().revision()),
        LEADER_ACTOR);
    WorkflowEvent last = requested.events().get(requested.events().size() - 1);

    assertThat(last).isEqualTo(new WorkflowEvent.SyncRequested(path.state().revision() + 1,
        requested.state().updatedAt(), LEADER_ACTOR, 2));
  }

  @Test
  void outcomeDetail_blankBecomesNull() {
    Command.RecordSyncOutcome outcome = Command.RecordSyncOutcome.failed(4, 1, "  ");

    assertThat(outcome.detail()).isNull();
  }
}
