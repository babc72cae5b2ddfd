package vn.ccvc.workflow;

import java.util.List;
import java.util.stream.Collectors;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;

/** Builds each rejection with its message, so the wording of every code lives in one place. */
final class Rejections {

  /** How many validation errors a message names before it stops listing. */
  private static final int LISTED_ERRORS = 3;

  private Rejections() {}

  static Decision.Rejected staleRevision(ProfileState state, long expected) {
    return new Decision.Rejected(RejectionCode.STALE_REVISION, "Profile of "
        + owner(state) + " is at revision " + state.revision() + ", not the expected revision "
        + expected + ": another command changed it first. Reload the profile and decide again.");
  }

  static Decision.Rejected notOwner(ProfileState state, Action action, Actor actor) {
    return new Decision.Rejected(RejectionCode.NOT_OWNER, actor + " cannot "
        + action.labelEn() + " the profile of " + owner(state)
        + ": only its owner can. Sign in as the owner.");
  }

  static Decision.Rejected notAssigned(RejectionCode code, ProfileState state, Action action,
      Actor actor) {
    String role = action.role() == Role.APPROVER ? "approver" : "leader";
    return new Decision.Rejected(code, actor + " cannot " + action.labelEn()
        + " the profile of " + owner(state) + ": they are no " + role + " of unit '"
        + state.unitId() + "' nor of a unit above it with sub-units included. Ask the "
        + "administrator to assign the " + role + " role.");
  }

  static Decision.Rejected notSystem(Actor actor) {
    return new Decision.Rejected(RejectionCode.NOT_SYSTEM, actor + " cannot record a sync "
        + "outcome: only the system can. Let the sync client record it.");
  }

  static Decision.Rejected ownProfile(Action action, Actor actor) {
    return new Decision.Rejected(RejectionCode.OWN_PROFILE, actor + " cannot "
        + action.labelEn() + " their own profile: another approver of the unit must decide it.");
  }

  static Decision.Rejected statusNotAllowed(ProfileState state, Action action,
      List<ProfileStatus> allowed) {
    String from = allowed.stream().map(ProfileStatus::describe)
        .collect(Collectors.joining(", "));
    String advice = state.status() == ProfileStatus.AWAITING_CONFIRMATION
        && action == Action.SAVE ? " Withdraw it first, or wait for the approver's decision." : "";
    return new Decision.Rejected(RejectionCode.STATUS_NOT_ALLOWED, "Cannot " + action.labelEn()
        + " the profile of " + owner(state) + " in status " + state.status().describe() + "; "
        + action.labelEn() + " is allowed only from " + from + "." + advice);
  }

  static Decision.Rejected wrongStage(Action action, ValidationReport report, Stage expected) {
    return new Decision.Rejected(RejectionCode.WRONG_VALIDATION_STAGE, "The validation result"
        + " for " + action.labelEn() + " is for stage " + report.stage() + ", but "
        + action.labelEn() + " needs a result for stage " + expected + ". Validate the profile"
        + " for stage " + expected + ".");
  }

  static Decision.Rejected validationErrors(Action action, ValidationReport report) {
    List<Violation> errors = report.errors();
    String listed = errors.stream().limit(LISTED_ERRORS)
        .map(error -> error.code() + " at " + error.path())
        .collect(Collectors.joining(", "));
    String more = errors.size() > LISTED_ERRORS ? ", …" : "";
    return new Decision.Rejected(RejectionCode.VALIDATION_ERRORS, "Cannot "
        + action.labelEn() + " a profile with " + errors.size() + " validation error"
        + (errors.size() == 1 ? "" : "s") + " at stage " + report.stage() + " (" + listed
        + more + "). Correct them and " + action.labelEn() + " again.");
  }

  static Decision.Rejected profileMismatch(ProfileState state) {
    return new Decision.Rejected(RejectionCode.PROFILE_MISMATCH, "The submission's validation"
        + " result is for a profile that differs from the one saved for " + owner(state)
        + ". Save the profile, validate the saved profile for stage SUBMISSION, then submit.");
  }

  static Decision.Rejected noteMissing() {
    return new Decision.Rejected(RejectionCode.NOTE_MISSING, "A rejection needs a note that "
        + "tells the owner what to correct, but the note is blank. Write the note.");
  }

  static Decision.Rejected noteTooLong(String field, int length) {
    return new Decision.Rejected(RejectionCode.NOTE_TOO_LONG, "The " + field + " has " + length
        + " characters, more than the maximum " + Workflow.MAX_NOTE_LENGTH + ". Shorten it.");
  }

  static Decision.Rejected nothingConfirmed(ProfileState state) {
    return new Decision.Rejected(RejectionCode.NOTHING_CONFIRMED, "The profile of "
        + owner(state) + " has no confirmed version to sync. An approver must confirm it first.");
  }

  static Decision.Rejected syncPending(ProfileState state) {
    return new Decision.Rejected(RejectionCode.SYNC_PENDING, "Version "
        + state.pendingSyncVersion() + " of the profile of " + owner(state) + " is being synced."
        + " Wait for its outcome before requesting another sync.");
  }

  static Decision.Rejected alreadySynced(ProfileState state) {
    return new Decision.Rejected(RejectionCode.ALREADY_SYNCED, "Version "
        + state.confirmedVersion() + " of the profile of " + owner(state) + " is already "
        + "synced. Nothing is left to send until a newer version is confirmed.");
  }

  static Decision.Rejected syncNotPending(ProfileState state, int version) {
    String pending = state.pendingSyncVersion() == 0 ? "no version"
        : "version " + state.pendingSyncVersion();
    return new Decision.Rejected(RejectionCode.SYNC_NOT_PENDING, "No sync of version " + version
        + " of the profile of " + owner(state) + " is pending (pending: " + pending
        + "). Record the outcome of the version that was sent.");
  }

  static Decision.Rejected duplicateInSelection(ProfileState state) {
    return new Decision.Rejected(RejectionCode.DUPLICATE_IN_SELECTION, "The profile of "
        + owner(state) + " appears more than once in the selection; only its first entry was "
        + "decided.");
  }

  static Decision.Rejected unknownUnit(String unitId) {
    return new Decision.Rejected(RejectionCode.UNKNOWN_UNIT, "Unit '" + unitId + "' is not in "
        + "the organization's unit tree. Add the unit, or issue the account in a listed unit.");
  }

  private static String owner(ProfileState state) {
    return state.owner().masked();
  }
}
