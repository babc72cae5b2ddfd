package vn.ccvc.examples.demo;

import java.util.Locale;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;

/**
 * An employee of the unit who got an account.
 *
 * @param sequence the profile's number in the unit's folder, from 1, in file-name order
 * @param file the profile's file name, for messages
 * @param id the citizen ID, the account's user name
 * @param profile the profile as read from the folder
 * @param unitId the sub-unit the employee belongs to
 */
record Employee(int sequence, String file, CitizenId id, Profile profile, String unitId) {

  /** Returns the full name as the profile gives it. */
  String name() {
    String name = profile.identity().fullName();
    return name == null ? "" : name;
  }

  /** Returns a short label for lines of output: masked ID and name. */
  String label() {
    return id.masked() + " " + name();
  }

  /**
   * Returns the PDF file name: the sequence number padded to {@code width} digits and the
   * masked ID with {@code x} for the hidden digits, which every file system accepts, such as
   * {@code 01-038xxxxx1234.pdf}.
   */
  String pdfName(int width) {
    return String.format(Locale.ROOT, "%0" + width + "d-%s.pdf", sequence,
        id.masked().replace('*', 'x'));
  }
}
