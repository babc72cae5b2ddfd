package vn.ccvc.credentials;

import java.util.List;
import java.util.Objects;

/**
 * An initial password a scheme made for one person, and the look-alike characters replaced in
 * the name on the way. {@link #toString()} hides the password. Instances are immutable.
 *
 * @param value the password
 * @param repairs the look-alike characters replaced, in the order of the name; empty when none
 */
public record InitialPassword(String value, List<NameRepair> repairs) {

  /** Creates a password, copying the repairs. */
  public InitialPassword {
    Objects.requireNonNull(value, "value");
    repairs = List.copyOf(repairs);
  }

  /** Tells whether a look-alike character in the name was replaced. */
  public boolean repaired() {
    return !repairs.isEmpty();
  }

  /** Returns a description with the password hidden. */
  @Override
  public String toString() {
    return "InitialPassword[value=(hidden), repairs=" + repairs + "]";
  }
}
