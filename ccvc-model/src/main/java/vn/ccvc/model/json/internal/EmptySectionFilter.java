package vn.ccvc.model.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;

/**
 * Jackson value filter that leaves out a profile section with nothing in it. Jackson calls
 * {@link #equals(Object)} with each section value and omits the member when it returns true;
 * reading a missing section gives the same empty section back, so the round trip holds.
 */
public final class EmptySectionFilter {

  private static final Profile EMPTY = Profile.empty();

  private static final List<Object> EMPTY_SECTIONS = List.of(EMPTY.identity(),
      EMPTY.residence(), EMPTY.family(), EMPTY.personalHistory(), EMPTY.employment(),
      EMPTY.qualifications(), EMPTY.workHistory(), EMPTY.salary(), EMPTY.awardsAndDiscipline(),
      EMPTY.partyAndMilitary(), EMPTY.healthAndPolicy());

  /** Creates the filter; Jackson calls this by reflection. */
  public EmptySectionFilter() {
    // Nothing to set up: the empty sections are shared constants.
  }

  /** Returns the classes of the eleven sections, the types this filter applies to. */
  static List<Class<?>> sectionTypes() {
    return EMPTY_SECTIONS.stream().<Class<?>>map(Object::getClass).toList();
  }

  /** Tells whether {@code value} is null or an empty section, so Jackson leaves it out. */
  @Override
  public boolean equals(@Nullable Object value) {
    return value == null || EMPTY_SECTIONS.contains(value);
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
