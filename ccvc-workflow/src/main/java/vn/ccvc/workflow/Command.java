package vn.ccvc.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.validation.ValidationReport;

/**
 * A request to change a profile's state. Every command carries the revision of the state it was
 * issued against; {@link Workflow#decide} rejects it if the state has moved on, so two approvers
 * acting on the same version cannot both succeed.
 *
 * <p>Commands are immutable values.
 */
public sealed interface Command {

  /** Returns the revision of the state the command was issued against. */
  long expectedRevision();

  /** Returns the action the command requests. */
  Action action();

  /**
   * Saves the profile: from {@link ProfileStatus#NOT_STARTED}, {@link ProfileStatus#UPDATING},
   * {@link ProfileStatus#REJECTED} or {@link ProfileStatus#CONFIRMED} to
   * {@link ProfileStatus#UPDATING}. The owner only.
   *
   * @param expectedRevision revision of the state the command was issued against
   * @param draftValidation the result of validating the profile at stage {@code DRAFT}; its
   *     repaired profile is what is saved, and it must have no errors
   */
  record Save(long expectedRevision, ValidationReport draftValidation) implements Command {
    /** Creates the command. */
    public Save {
      Objects.requireNonNull(draftValidation, "draftValidation");
    }

    @Override
    public Action action() {
      return Action.SAVE;
    }

    /** Returns a description without the profile's content, which contains the citizen ID. */
    @Override
    public String toString() {
      return describe("Save", expectedRevision, draftValidation);
    }
  }

  /**
   * Sends the saved profile for confirmation: {@link ProfileStatus#UPDATING} to
   * {@link ProfileStatus#AWAITING_CONFIRMATION}. The owner only.
   *
   * @param expectedRevision revision of the state the command was issued against
   * @param submissionValidation the result of validating the saved profile at stage
   *     {@code SUBMISSION}; it must have no errors
   */
  record Submit(long expectedRevision, ValidationReport submissionValidation)
      implements Command {
    /** Creates the command. */
    public Submit {
      Objects.requireNonNull(submissionValidation, "submissionValidation");
    }

    @Override
    public Action action() {
      return Action.SUBMIT;
    }

    /** Returns a description without the profile's content, which contains the citizen ID. */
    @Override
    public String toString() {
      return describe("Submit", expectedRevision, submissionValidation);
    }
  }

  /**
   * Takes the profile back from confirmation: {@link ProfileStatus#AWAITING_CONFIRMATION} to
   * {@link ProfileStatus#UPDATING}. The owner only.
   *
   * @param expectedRevision revision of the state the command was issued against
   */
  record Withdraw(long expectedRevision) implements Command {
    @Override
    public Action action() {
      return Action.WITHDRAW;
    }
  }

  /**
   * Confirms the profile: {@link ProfileStatus#AWAITING_CONFIRMATION} to
   * {@link ProfileStatus#CONFIRMED}, recording a new confirmed version. An approver of the
   * owner's unit other than the owner.
   *
   * @param expectedRevision revision of the state the command was issued against
   * @param assessment the agency's assessment, form 2C item 32
   */
  record Approve(long expectedRevision, AgencyAssessment assessment) implements Command {
    /** Creates the command. */
    public Approve {
      Objects.requireNonNull(assessment, "assessment");
    }

    @Override
    public Action action() {
      return Action.APPROVE;
    }
  }

  /**
   * Returns the profile to its owner: {@link ProfileStatus#AWAITING_CONFIRMATION} to
   * {@link ProfileStatus#REJECTED}. An approver of the owner's unit other than the owner.
   *
   * @param expectedRevision revision of the state the command was issued against
   * @param note what the owner must correct: not blank, at most
   *     {@value Workflow#MAX_NOTE_LENGTH} characters; surrounding white space is removed
   */
  record Reject(long expectedRevision, @Nullable String note) implements Command {
    /** Creates the command, stripping white space around the note. */
    public Reject {
      note = note == null ? null : note.strip();
    }

    @Override
    public Action action() {
      return Action.REJECT;
    }
  }

  /**
   * Sends the latest confirmed version to the national database: its sync state goes from
   * {@link SyncState#NOT_SYNCED} or {@link SyncState#SYNC_FAILED} to
   * {@link SyncState#SYNC_PENDING}. A leader of the owner's unit. The profile's status does not
   * change, so a version confirmed earlier can be synced while the owner edits a newer one.
   *
   * @param expectedRevision revision of the state the command was issued against
   */
  record RequestSync(long expectedRevision) implements Command {
    @Override
    public Action action() {
      return Action.REQUEST_SYNC;
    }
  }

  /**
   * Records whether the national database accepted a version whose sync is pending. The system
   * only.
   *
   * @param expectedRevision revision of the state the command was issued against
   * @param version the confirmed version that was sent
   * @param succeeded whether the database accepted it
   * @param detail the database's reference or error text, at most
   *     {@value Workflow#MAX_NOTE_LENGTH} characters, or null
   */
  record RecordSyncOutcome(long expectedRevision, int version, boolean succeeded,
      @Nullable String detail) implements Command {
    /** Creates the command, stripping white space around the detail and turning blank to null. */
    public RecordSyncOutcome {
      detail = detail == null || detail.isBlank() ? null : detail.strip();
    }

    /** Returns the command for an accepted version. */
    public static RecordSyncOutcome succeeded(long expectedRevision, int version) {
      return new RecordSyncOutcome(expectedRevision, version, true, null);
    }

    /** Returns the command for a failed sync, with the error text. */
    public static RecordSyncOutcome failed(long expectedRevision, int version,
        @Nullable String detail) {
      return new RecordSyncOutcome(expectedRevision, version, false, detail);
    }

    @Override
    public Action action() {
      return Action.RECORD_SYNC_OUTCOME;
    }
  }

  private static String describe(String name, long revision, ValidationReport report) {
    return name + "[expectedRevision=" + revision + ", stage=" + report.stage() + ", errors="
        + report.errors().size() + ", warnings=" + report.warnings().size() + "]";
  }
}
