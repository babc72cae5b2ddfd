package vn.ccvc.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Section;

/**
 * The field-by-field differences between two versions of a profile, for an approver to review
 * before deciding. Fields are compared by JSON path. Table rows are compared by position, so a
 * row inserted at the top of a table shows as changes to every row below it.
 *
 * <p>Numbers compare by value ({@code 2.34} equals {@code 2.340}). Instances are immutable and
 * safe to share between threads.
 *
 * @param changes every changed field, in the order of the profile's sections and fields
 */
public record ProfileDiff(List<FieldChange> changes) {

  /** Creates a diff, copying the list. */
  public ProfileDiff {
    changes = List.copyOf(changes);
  }

  /**
   * Compares two versions of a profile.
   *
   * @param before the earlier version, such as the latest confirmed one, or null for none
   * @param after the later version, or null for none
   */
  public static ProfileDiff between(@Nullable Profile before, @Nullable Profile after) {
    List<FieldChange> changes = new ArrayList<>();
    RecordDiffer.diffProfiles(before, after, changes);
    return new ProfileDiff(changes);
  }

  /** Tells whether the versions are the same, field by field. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Returns the sections with at least one change, in section order. */
  public List<Section> sections() {
    Set<Section> sections = new LinkedHashSet<>();
    changes.forEach(change -> sections.add(change.section()));
    return List.copyOf(sections);
  }

  /** Returns the changes in {@code section}. */
  public List<FieldChange> in(Section section) {
    return changes.stream().filter(change -> change.section() == section).toList();
  }
}
