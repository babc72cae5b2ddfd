package vn.ccvc.workflow;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;

/**
 * A fact the workflow recorded: an issued account or an accepted command. A profile's events,
 * in order, are its update history, and {@link ProfileState#replay} rebuilds its state from them.
 *
 * <p>Events are immutable values. Their {@link #toString()} masks citizen IDs.
 */
public sealed interface WorkflowEvent {

  /** Returns the state's revision after this event: 0 for the issued account, then 1, 2, … */
  long revision();

  /** Returns when the event happened, as passed to the workflow by the host. */
  Instant at();

  /** Returns who caused the event. */
  Actor actor();

  /** Returns the action the event records. */
  Action action();

  /**
   * An account was issued for an employee of a unit: the first event of every profile.
   *
   * @param at when the account was issued
   * @param owner the employee's citizen ID, which is their user name
   * @param unitId the unit the employee belongs to
   */
  record AccountIssued(Instant at, CitizenId owner, String unitId) implements WorkflowEvent {
    /** Creates the event. */
    public AccountIssued {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(unitId, "unitId");
    }

    /** Returns 0, the revision of a newly issued profile. */
    @Override
    public long revision() {
      return 0;
    }

    /** Returns {@link Actor#SYSTEM}, which issues accounts. */
    @Override
    public Actor actor() {
      return Actor.SYSTEM;
    }

    @Override
    public Action action() {
      return Action.ISSUE_ACCOUNT;
    }
  }

  /**
   * The owner saved the profile.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the owner
   * @param profile the saved content
   */
  record ProfileSaved(long revision, Instant at, Actor actor, Profile profile)
      implements WorkflowEvent {
    /** Creates the event. */
    public ProfileSaved {
      requireCommon(at, actor);
      Objects.requireNonNull(profile, "profile");
    }

    @Override
    public Action action() {
      return Action.SAVE;
    }

    /** Returns a description without the profile's content, which contains the citizen ID. */
    @Override
    public String toString() {
      return "ProfileSaved[revision=" + revision + ", at=" + at + ", actor=" + actor + "]";
    }
  }

  /**
   * The owner sent the profile for confirmation.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the owner
   */
  record ProfileSubmitted(long revision, Instant at, Actor actor) implements WorkflowEvent {
    /** Creates the event. */
    public ProfileSubmitted {
      requireCommon(at, actor);
    }

    @Override
    public Action action() {
      return Action.SUBMIT;
    }
  }

  /**
   * The owner took the profile back from confirmation.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the owner
   */
  record SubmissionWithdrawn(long revision, Instant at, Actor actor) implements WorkflowEvent {
    /** Creates the event. */
    public SubmissionWithdrawn {
      requireCommon(at, actor);
    }

    @Override
    public Action action() {
      return Action.WITHDRAW;
    }
  }

  /**
   * An approver confirmed the profile, creating a confirmed version.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the approver
   * @param version the new confirmed version: 1 for the first approval, then 2, 3, …
   * @param assessment the agency's assessment, form 2C item 32
   */
  record ProfileApproved(long revision, Instant at, Actor actor, int version,
      AgencyAssessment assessment) implements WorkflowEvent {
    /** Creates the event. */
    public ProfileApproved {
      requireCommon(at, actor);
      Objects.requireNonNull(assessment, "assessment");
    }

    @Override
    public Action action() {
      return Action.APPROVE;
    }
  }

  /**
   * An approver returned the profile with a note.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the approver
   * @param note what the owner must correct, never blank
   */
  record ProfileRejected(long revision, Instant at, Actor actor, String note)
      implements WorkflowEvent {
    /** Creates the event. */
    public ProfileRejected {
      requireCommon(at, actor);
      Objects.requireNonNull(note, "note");
    }

    @Override
    public Action action() {
      return Action.REJECT;
    }
  }

  /**
   * A leader requested the sync of a confirmed version.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the leader
   * @param version the confirmed version to send
   */
  record SyncRequested(long revision, Instant at, Actor actor, int version)
      implements WorkflowEvent {
    /** Creates the event. */
    public SyncRequested {
      requireCommon(at, actor);
    }

    @Override
    public Action action() {
      return Action.REQUEST_SYNC;
    }
  }

  /**
   * The system recorded the outcome of a sync to the national database.
   *
   * @param revision the state's revision after the event
   * @param at when it happened
   * @param actor the system
   * @param version the confirmed version that was sent
   * @param succeeded whether the database accepted it
   * @param detail the database's reference or error text, or null
   */
  record SyncOutcomeRecorded(long revision, Instant at, Actor actor, int version,
      boolean succeeded, @Nullable String detail) implements WorkflowEvent {
    /** Creates the event. */
    public SyncOutcomeRecorded {
      requireCommon(at, actor);
    }

    @Override
    public Action action() {
      return Action.RECORD_SYNC_OUTCOME;
    }
  }

  private static void requireCommon(Instant at, Actor actor) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
  }
}
