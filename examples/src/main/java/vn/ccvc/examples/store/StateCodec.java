package vn.ccvc.examples.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.ConfirmedVersion;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.ProfileStatus;
import vn.ccvc.workflow.SyncState;
import vn.ccvc.workflow.WorkflowEvent;

/**
 * Converts a profile's state and events to the JSON of a profile file and back. Profiles inside
 * are in the SDK's profile format, written and read by {@link ProfileCodec}.
 *
 * <p>The public methods convert one state or one event on its own, in the members that
 * {@code docs/state-format.md} gives them inside a profile file, for hosts that keep states and
 * events in separate database rows. A codec is immutable and safe to share between threads.
 */
public final class StateCodec {

  /** Value of the {@code format} member of a profile file. */
  static final String FORMAT = "ccvc-workflow-profile";

  /** The version of the profile file format this code writes and reads. */
  static final int FORMAT_VERSION = 1;

  private static final String SYSTEM = "system";
  private static final List<String> FILE_MEMBERS =
      List.of("format", "formatVersion", "state", "events");
  private static final List<String> STATE_MEMBERS = List.of("owner", "unitId", "status",
      "revision", "profile", "confirmed", "syncState", "pendingSyncVersion",
      "lastSyncedVersion", "issuedAt", "updatedAt");
  private static final List<String> CONFIRMED_MEMBERS =
      List.of("version", "profile", "assessment", "approver", "at");
  private static final List<String> ASSESSMENT_MEMBERS =
      List.of("text", "place", "date", "signerName", "signerTitle");
  private static final List<String> EVENT_MEMBERS = List.of("type", "revision", "at", "actor",
      "owner", "unitId", "profile", "version", "assessment", "note", "succeeded", "detail");

  private final ProfileCodec codec;

  StateCodec(ProfileCodec codec) {
    this.codec = codec;
  }

  /** Returns a codec that writes profiles with {@link ProfileCodec#create()}. */
  public static StateCodec create() {
    return new StateCodec(ProfileCodec.create());
  }

  /** Returns {@code state} as one line of compact JSON, the {@code state} member's content. */
  public String stateJson(ProfileState state) {
    return Json.compact(writeState(state));
  }

  /**
   * Reads a state written by {@link #stateJson}.
   *
   * @param source names where the JSON was stored, such as a table and key, for error messages
   * @throws CcvcException with code {@code store.invalid} if the JSON is not such a state
   */
  public ProfileState readState(String json, String source) {
    return readState(Json.parse(json, source), source);
  }

  /** Returns {@code event} as one line of compact JSON, an element of the {@code events}. */
  public String eventJson(WorkflowEvent event) {
    return Json.compact(writeEvent(event));
  }

  /**
   * Reads an event written by {@link #eventJson}.
   *
   * @param source names where the JSON was stored, such as a table and key, for error messages
   * @throws CcvcException with code {@code store.invalid} if the JSON is not such an event
   */
  public WorkflowEvent readEvent(String json, String source) {
    return readEvent(Json.parse(json, source), source, "event");
  }

  /** Returns the {@code type} member of {@code event}, such as {@code profileSaved}. */
  public static String eventType(WorkflowEvent event) {
    return EventType.of(event).jsonName();
  }

  /** A profile file's content. */
  record Content(ProfileState state, List<WorkflowEvent> events) {}

  ObjectNode write(ProfileState state, List<WorkflowEvent> events) {
    ObjectNode file = Json.object();
    file.put("format", FORMAT);
    file.put("formatVersion", FORMAT_VERSION);
    file.set("state", writeState(state));
    ArrayNode array = file.putArray("events");
    events.forEach(event -> array.add(writeEvent(event)));
    return file;
  }

  Content read(JsonNode file, String name) {
    if (!file.isObject()) {
      throw Json.invalid(name, "is not a JSON object");
    }
    Json.onlyMembers(file, FILE_MEMBERS, name, "");
    String format = Json.text(file, "format", name, "");
    long version = Json.integer(file, "formatVersion", name, "");
    if (!FORMAT.equals(format) || version != FORMAT_VERSION) {
      throw Json.invalid(name, "has format '" + format + "' version " + version + "; this "
          + "tool reads '" + FORMAT + "' version " + FORMAT_VERSION);
    }
    ProfileState state = readState(Json.object(file, "state", name, ""), name);
    List<WorkflowEvent> events = new ArrayList<>();
    JsonNode array = Json.array(file, "events", name, "");
    for (int i = 0; i < array.size(); i++) {
      events.add(readEvent(array.get(i), name, "events[" + i + "]"));
    }
    return new Content(state, List.copyOf(events));
  }

  private ObjectNode writeState(ProfileState state) {
    ObjectNode node = Json.object();
    node.put("owner", state.owner().digits());
    node.put("unitId", state.unitId());
    node.put("status", state.status().name());
    node.put("revision", state.revision());
    if (state.profile() != null) {
      node.set("profile", writeProfile(state.profile()));
    }
    ConfirmedVersion confirmed = state.confirmed();
    if (confirmed != null) {
      ObjectNode version = node.putObject("confirmed");
      version.put("version", confirmed.version());
      version.set("profile", writeProfile(confirmed.profile()));
      version.set("assessment", writeAssessment(confirmed.assessment()));
      version.put("approver", actorText(confirmed.approver()));
      version.put("at", confirmed.at().toString());
    }
    node.put("syncState", state.syncState().name());
    node.put("pendingSyncVersion", state.pendingSyncVersion());
    node.put("lastSyncedVersion", state.lastSyncedVersion());
    node.put("issuedAt", state.issuedAt().toString());
    node.put("updatedAt", state.updatedAt().toString());
    return node;
  }

  private ProfileState readState(JsonNode node, String file) {
    String path = "state";
    if (!node.isObject()) {
      throw Json.invalid(file, path + " must be an object");
    }
    Json.onlyMembers(node, STATE_MEMBERS, file, path);
    JsonNode profile = Json.optionalObject(node, "profile", file, path);
    JsonNode confirmed = Json.optionalObject(node, "confirmed", file, path);
    return new ProfileState(
        Json.citizenId(node, "owner", file, path),
        Json.text(node, "unitId", file, path),
        Json.constant(node, "status", ProfileStatus.class, file, path),
        Json.integer(node, "revision", file, path),
        profile == null ? null : readProfile(profile, file, path + ".profile"),
        confirmed == null ? null : readConfirmed(confirmed, file, path + ".confirmed"),
        Json.constant(node, "syncState", SyncState.class, file, path),
        (int) Json.integer(node, "pendingSyncVersion", file, path),
        (int) Json.integer(node, "lastSyncedVersion", file, path),
        Json.instant(node, "issuedAt", file, path),
        Json.instant(node, "updatedAt", file, path));
  }

  private ConfirmedVersion readConfirmed(JsonNode node, String file, String path) {
    Json.onlyMembers(node, CONFIRMED_MEMBERS, file, path);
    int version = (int) Json.integer(node, "version", file, path);
    if (version < 1) {
      throw Json.invalid(file, path + ".version must be 1 or more");
    }
    return new ConfirmedVersion(version,
        readProfile(Json.object(node, "profile", file, path), file, path + ".profile"),
        readAssessment(Json.object(node, "assessment", file, path), file,
            path + ".assessment"),
        readActor(node, "approver", file, path),
        Json.instant(node, "at", file, path));
  }

  private ObjectNode writeEvent(WorkflowEvent event) {
    ObjectNode node = Json.object();
    node.put("type", EventType.of(event).jsonName());
    node.put("revision", event.revision());
    node.put("at", event.at().toString());
    if (event instanceof WorkflowEvent.AccountIssued issued) {
      node.put("owner", issued.owner().digits());
      node.put("unitId", issued.unitId());
      return node;
    }
    node.put("actor", actorText(event.actor()));
    if (event instanceof WorkflowEvent.ProfileSaved saved) {
      node.set("profile", writeProfile(saved.profile()));
    } else if (event instanceof WorkflowEvent.ProfileApproved approved) {
      node.put("version", approved.version());
      node.set("assessment", writeAssessment(approved.assessment()));
    } else if (event instanceof WorkflowEvent.ProfileRejected rejected) {
      node.put("note", rejected.note());
    } else if (event instanceof WorkflowEvent.SyncRequested requested) {
      node.put("version", requested.version());
    } else if (event instanceof WorkflowEvent.SyncOutcomeRecorded outcome) {
      node.put("version", outcome.version());
      node.put("succeeded", outcome.succeeded());
      if (outcome.detail() != null) {
        node.put("detail", outcome.detail());
      }
    }
    return node;
  }

  private WorkflowEvent readEvent(JsonNode node, String file, String path) {
    if (!node.isObject()) {
      throw Json.invalid(file, path + " must be an object");
    }
    Json.onlyMembers(node, EVENT_MEMBERS, file, path);
    EventType type = EventType.of(Json.text(node, "type", file, path), file, path);
    long revision = Json.integer(node, "revision", file, path);
    Instant at = Json.instant(node, "at", file, path);
    if (type == EventType.ACCOUNT_ISSUED) {
      if (revision != 0) {
        throw Json.invalid(file, path + " issues the account at revision " + revision
            + "; an account is issued at revision 0");
      }
      return new WorkflowEvent.AccountIssued(at, Json.citizenId(node, "owner", file, path),
          Json.text(node, "unitId", file, path));
    }
    Actor actor = readActor(node, "actor", file, path);
    return switch (type) {
      case PROFILE_SAVED -> new WorkflowEvent.ProfileSaved(revision, at, actor,
          readProfile(Json.object(node, "profile", file, path), file, path + ".profile"));
      case PROFILE_SUBMITTED -> new WorkflowEvent.ProfileSubmitted(revision, at, actor);
      case SUBMISSION_WITHDRAWN -> new WorkflowEvent.SubmissionWithdrawn(revision, at, actor);
      case PROFILE_APPROVED -> new WorkflowEvent.ProfileApproved(revision, at, actor,
          version(node, file, path), readAssessment(
              Json.object(node, "assessment", file, path), file, path + ".assessment"));
      case PROFILE_REJECTED -> new WorkflowEvent.ProfileRejected(revision, at, actor,
          Json.text(node, "note", file, path));
      case SYNC_REQUESTED -> new WorkflowEvent.SyncRequested(revision, at, actor,
          version(node, file, path));
      default -> new WorkflowEvent.SyncOutcomeRecorded(revision, at, actor,
          version(node, file, path), Json.bool(node, "succeeded", file, path),
          Json.optionalText(node, "detail", file, path));
    };
  }

  private static int version(JsonNode node, String file, String path) {
    return (int) Json.integer(node, "version", file, path);
  }

  private JsonNode writeProfile(Profile profile) {
    return Json.parse(codec.writeLine(profile), "(profile written by the codec)");
  }

  private Profile readProfile(JsonNode node, String file, String path) {
    try {
      return codec.read(Json.MAPPER.writeValueAsString(node));
    } catch (ProfileReadException e) {
      throw Json.invalid(file, "has an invalid profile at " + path + ": " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Jackson failed to write a tree it read", e);
    }
  }

  private static ObjectNode writeAssessment(AgencyAssessment assessment) {
    ObjectNode node = Json.object();
    putIfPresent(node, "text", assessment.text());
    putIfPresent(node, "place", assessment.place());
    putIfPresent(node, "date", assessment.date());
    putIfPresent(node, "signerName", assessment.signerName());
    putIfPresent(node, "signerTitle", assessment.signerTitle());
    return node;
  }

  private static AgencyAssessment readAssessment(JsonNode node, String file, String path) {
    Json.onlyMembers(node, ASSESSMENT_MEMBERS, file, path);
    return new AgencyAssessment(Json.optionalText(node, "text", file, path),
        Json.optionalText(node, "place", file, path),
        Json.optionalText(node, "date", file, path),
        Json.optionalText(node, "signerName", file, path),
        Json.optionalText(node, "signerTitle", file, path));
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static String actorText(Actor actor) {
    CitizenId person = actor.person();
    return person == null ? SYSTEM : person.digits();
  }

  private static Actor readActor(JsonNode node, String name, String file, String path) {
    if (SYSTEM.equals(Json.text(node, name, file, path))) {
      return Actor.SYSTEM;
    }
    return Actor.person(Json.citizenId(node, name, file, path));
  }

  /** The {@code type} member of an event, one per event record. */
  enum EventType {
    ACCOUNT_ISSUED("accountIssued"),
    PROFILE_SAVED("profileSaved"),
    PROFILE_SUBMITTED("profileSubmitted"),
    SUBMISSION_WITHDRAWN("submissionWithdrawn"),
    PROFILE_APPROVED("profileApproved"),
    PROFILE_REJECTED("profileRejected"),
    SYNC_REQUESTED("syncRequested"),
    SYNC_OUTCOME_RECORDED("syncOutcomeRecorded");

    private final String jsonName;

    EventType(String jsonName) {
      this.jsonName = jsonName;
    }

    String jsonName() {
      return jsonName;
    }

    static EventType of(WorkflowEvent event) {
      return switch (event.action()) {
        case ISSUE_ACCOUNT -> ACCOUNT_ISSUED;
        case SAVE -> PROFILE_SAVED;
        case SUBMIT -> PROFILE_SUBMITTED;
        case WITHDRAW -> SUBMISSION_WITHDRAWN;
        case APPROVE -> PROFILE_APPROVED;
        case REJECT -> PROFILE_REJECTED;
        case REQUEST_SYNC -> SYNC_REQUESTED;
        case RECORD_SYNC_OUTCOME -> SYNC_OUTCOME_RECORDED;
      };
    }

    static EventType of(String jsonName, String file, String path) {
      for (EventType type : values()) {
        if (type.jsonName.equals(jsonName)) {
          return type;
        }
      }
      throw Json.invalid(file, path + ".type is '" + jsonName + "', not an event type");
    }
  }
}
