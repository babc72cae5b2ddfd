package vn.ccvc.workflow;

/**
 * The reason {@link Workflow#decide} rejected a command. Each constant has a stable
 * {@link #code()} that hosts can branch on and translate, while the message that comes with it
 * may change.
 */
public enum RejectionCode {
  /** The command expected a revision other than the state's: another command came first. */
  STALE_REVISION("revision.stale"),
  /** An owner's command came from someone other than the profile's owner. */
  NOT_OWNER("actor.notOwner"),
  /** An approver's command came from someone who is no approver of the owner's unit. */
  NOT_APPROVER("actor.notApprover"),
  /** A leader's command came from someone who is no leader of the owner's unit. */
  NOT_LEADER("actor.notLeader"),
  /** A sync outcome came from a person rather than the system. */
  NOT_SYSTEM("actor.notSystem"),
  /** An approver tried to approve or reject their own profile. */
  OWN_PROFILE("actor.ownProfile"),
  /** The command is not allowed from the profile's status. */
  STATUS_NOT_ALLOWED("status.notAllowed"),
  /** The validation result is for the wrong stage: save needs DRAFT, submit SUBMISSION. */
  WRONG_VALIDATION_STAGE("validation.wrongStage"),
  /** The validation result has errors. */
  VALIDATION_ERRORS("validation.hasErrors"),
  /** The submission's validation result is for a profile other than the saved one. */
  PROFILE_MISMATCH("submit.profileMismatch"),
  /** A rejection came without a note. */
  NOTE_MISSING("note.missing"),
  /** A rejection note or sync outcome detail is longer than the limit. */
  NOTE_TOO_LONG("note.tooLong"),
  /** A sync was requested for a profile with no confirmed version. */
  NOTHING_CONFIRMED("sync.nothingConfirmed"),
  /** A sync was requested while the outcome of an earlier one is awaited. */
  SYNC_PENDING("sync.pending"),
  /** A sync was requested for a version the national database already accepted. */
  ALREADY_SYNCED("sync.alreadySynced"),
  /** A sync outcome names a version whose sync is not pending. */
  SYNC_NOT_PENDING("sync.notPending"),
  /** A bulk selection names the same profile twice; the later entries are rejected. */
  DUPLICATE_IN_SELECTION("bulk.duplicate"),
  /** An account was issued for a unit that is not in the organization. */
  UNKNOWN_UNIT("unit.unknown"),
  /** A {@link WorkflowStore} contains no profile for the owner named. */
  PROFILE_NOT_FOUND("profile.notFound"),
  /** A {@link WorkflowStore} already contains a profile for the owner of a new account. */
  ALREADY_ISSUED("account.alreadyIssued");

  private final String code;

  RejectionCode(String code) {
    this.code = code;
  }

  /** Returns the stable code, such as {@code revision.stale}. */
  public String code() {
    return code;
  }
}
