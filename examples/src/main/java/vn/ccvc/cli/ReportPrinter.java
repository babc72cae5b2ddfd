package vn.ccvc.cli;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.validation.ValidationReport;

/** Writes the results of {@code ccvc validate} in one output format, as they come. */
interface ReportPrinter {

  /**
   * Writes the result of one profile, showing the profile of the report, in which
   * validation repaired look-alike characters.
   *
   * @param file the file as the user named it
   * @param index the profile's position in a {@code .jsonl} file, counted from 0; 0 for a
   *     {@code .json} file
   */
  void profile(String file, int index, ValidationReport report);

  /**
   * Writes an input that could not be read.
   *
   * @param index the position of the unreadable profile in a {@code .jsonl} file, or null when
   *     the whole file could not be read
   */
  void unreadable(String file, @Nullable Integer index, ReadError error);

  /** Writes the closing summary, if the format has one. */
  void summary(Tally tally);
}
