package vn.ccvc.model.json;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;

/**
 * One entry of {@link ProfileCodec#readAll}: a profile read from a file, or the reason it could
 * not be read. Exactly one of {@link #profile()} and {@link #error()} is set.
 *
 * @param file the file the entry comes from, as found while walking the given paths
 * @param index position of the profile among the non-blank lines of a {@code .jsonl} file,
 *     from 0; always 0 for a {@code .json} file
 * @param profile the profile, or {@code null} when it could not be read
 * @param error why the profile could not be read, or {@code null} when it was read
 */
public record ProfileSource(Path file, int index, @Nullable Profile profile,
    @Nullable ProfileReadException error) {

  /**
   * Creates an entry.
   *
   * @throws IllegalArgumentException if {@code index} is negative, or if not exactly one of
   *     {@code profile} and {@code error} is given
   */
  public ProfileSource {
    Objects.requireNonNull(file, "file");
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, was " + index);
    }
    if ((profile == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of profile and error must be given");
    }
  }

  /** Tells whether the profile was read, so {@link #profile()} is not null. */
  public boolean isRead() {
    return profile != null;
  }
}
