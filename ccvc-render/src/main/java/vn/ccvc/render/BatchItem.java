package vn.ccvc.render;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one profile of a batch.
 *
 * @param source the profile's JSON file
 * @param output the PDF's file name in the output folder or ZIP, or null if it failed
 * @param pageCount the PDF's page count, or 0 if it failed
 * @param errorCode the {@link vn.ccvc.model.CcvcException#code()} of the failure, or null
 * @param message why the profile could not be rendered, or null
 */
public record BatchItem(Path source, @Nullable String output, int pageCount,
    @Nullable String errorCode, @Nullable String message) {

  /** Checks the source. */
  public BatchItem {
    Objects.requireNonNull(source, "source");
  }

  /** Tells whether the profile was rendered. */
  public boolean succeeded() {
    return errorCode == null;
  }
}
