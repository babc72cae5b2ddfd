package vn.ccvc.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CitizenId;

/**
 * The issuer of a command: a person, identified by the citizen ID that is their user name, or the
 * host system. {@link #toString()} masks the citizen ID, so an actor is safe to print.
 *
 * @param person the person's citizen ID, or null for the system
 */
public record Actor(@Nullable CitizenId person) {

  /** The host system, which issues accounts and records sync outcomes. */
  public static final Actor SYSTEM = new Actor(null);

  /** Returns the actor for a person. */
  public static Actor person(CitizenId id) {
    return new Actor(Objects.requireNonNull(id, "id"));
  }

  /** Tells whether this actor is the host system. */
  public boolean isSystem() {
    return person == null;
  }

  /** Tells whether this actor is the person with citizen ID {@code id}. */
  public boolean is(CitizenId id) {
    return id.equals(person);
  }

  /** Returns {@code system} or the masked citizen ID, such as {@code 038*****1234}. */
  @Override
  public String toString() {
    return person == null ? "system" : person.masked();
  }
}
