package vn.ccvc.workflow;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;

/** Checks what a command carries and turns an allowed command into its event. */
final class CommandEvents {

  private CommandEvents() {}

  static Decision.@Nullable Rejected checkContent(ProfileState state, Command command) {
    if (command instanceof Command.Save save) {
      return checkValidation(Action.SAVE, save.draftValidation(), Stage.DRAFT);
    }
    if (command instanceof Command.Submit submit) {
      return checkSubmission(state, submit.submissionValidation());
    }
    if (command instanceof Command.Reject reject) {
      return checkNote(reject.note());
    }
    if (command instanceof Command.RecordSyncOutcome outcome && outcome.detail() != null
        && outcome.detail().length() > Workflow.MAX_NOTE_LENGTH) {
      return Rejections.noteTooLong("sync outcome detail", outcome.detail().length());
    }
    return null;
  }

  static WorkflowEvent eventFor(ProfileState state, Command command, Actor actor, Instant at) {
    long revision = state.revision() + 1;
    if (command instanceof Command.Save save) {
      return new WorkflowEvent.ProfileSaved(revision, at, actor,
          save.draftValidation().profile());
    }
    if (command instanceof Command.Submit) {
      return new WorkflowEvent.ProfileSubmitted(revision, at, actor);
    }
    if (command instanceof Command.Withdraw) {
      return new WorkflowEvent.SubmissionWithdrawn(revision, at, actor);
    }
    if (command instanceof Command.Approve approve) {
      return new WorkflowEvent.ProfileApproved(revision, at, actor,
          state.confirmedVersion() + 1, approve.assessment());
    }
    if (command instanceof Command.Reject reject) {
      return new WorkflowEvent.ProfileRejected(revision, at, actor, noteOf(reject));
    }
    if (command instanceof Command.RequestSync) {
      return new WorkflowEvent.SyncRequested(revision, at, actor, state.confirmedVersion());
    }
    Command.RecordSyncOutcome outcome = (Command.RecordSyncOutcome) command;
    return new WorkflowEvent.SyncOutcomeRecorded(revision, at, actor, outcome.version(),
        outcome.succeeded(), outcome.detail());
  }

  private static Decision.@Nullable Rejected checkSubmission(ProfileState state,
      ValidationReport report) {
    if (report.stage() != Stage.SUBMISSION) {
      return Rejections.wrongStage(Action.SUBMIT, report, Stage.SUBMISSION);
    }
    if (!report.profile().equals(state.profile())) {
      return Rejections.profileMismatch(state);
    }
    return report.hasErrors() ? Rejections.validationErrors(Action.SUBMIT, report) : null;
  }

  private static Decision.@Nullable Rejected checkValidation(Action action,
      ValidationReport report, Stage stage) {
    if (report.stage() != stage) {
      return Rejections.wrongStage(action, report, stage);
    }
    return report.hasErrors() ? Rejections.validationErrors(action, report) : null;
  }

  private static Decision.@Nullable Rejected checkNote(@Nullable String note) {
    if (note == null || note.isEmpty()) {
      return Rejections.noteMissing();
    }
    if (note.length() > Workflow.MAX_NOTE_LENGTH) {
      return Rejections.noteTooLong("rejection note", note.length());
    }
    return null;
  }

  private static String noteOf(Command.Reject reject) {
    String note = reject.note();
    if (note == null) {
      throw new IllegalStateException("A rejection without a note passed the checks");
    }
    return note;
  }
}
