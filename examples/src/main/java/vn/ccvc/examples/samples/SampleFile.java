package vn.ccvc.examples.samples;

import java.util.List;
import java.util.Objects;
import vn.ccvc.model.Profile;

/**
 * One generated profile and the name of its file.
 *
 * @param fileName the file name, such as {@code 01-bui-thi-thuy.json}; never contains a citizen ID
 * @param profile the profile
 * @param expectedCodes validation codes the profile must raise at the submission stage, in the
 *     order they are listed; empty for a valid profile
 */
public record SampleFile(String fileName, Profile profile, List<String> expectedCodes) {

  /** Creates a sample file, copying the list of codes. */
  public SampleFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(profile, "profile");
    expectedCodes = List.copyOf(expectedCodes);
  }
}
