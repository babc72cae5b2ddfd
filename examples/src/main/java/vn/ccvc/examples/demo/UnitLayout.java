package vn.ccvc.examples.demo;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.Profile;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;

/**
 * The unit of the rollout and its sub-units, read from the profiles: the unit is the managing
 * agency most profiles name, and each using agency is a sub-unit under it, so the progress
 * report has a row per office. Profiles without a using agency belong to the unit itself.
 * Immutable.
 */
final class UnitLayout {

  /** Id of the unit at the root. */
  static final String ROOT_ID = "DV";

  /** The last administrative word of an agency's name and the place name after it. */
  private static final Pattern PLACE = Pattern.compile(
      "(?iu).*\\b(?:phường|xã|thị trấn|đặc khu|quận|huyện|thị xã|thành phố|tỉnh)\\s+(.+)$");

  private final UnitTree tree;
  private final Unit root;
  private final Map<String, String> unitIdByAgency;

  private UnitLayout(UnitTree tree, Unit root, Map<String, String> unitIdByAgency) {
    this.tree = tree;
    this.root = root;
    this.unitIdByAgency = unitIdByAgency;
  }

  /**
   * Lays out the units of {@code profiles}; {@code fallbackName} names the unit when no profile
   * names a managing agency.
   */
  static UnitLayout of(List<Profile> profiles, String fallbackName) {
    String rootName = mostFrequent(profiles, p -> p.identity().managingAgency());
    Unit root = Unit.root(ROOT_ID, rootName != null ? rootName : fallbackName);
    List<String> agencies = new ArrayList<>();
    for (Profile profile : profiles) {
      String agency = profile.identity().usingAgency();
      if (agency != null && !agencies.contains(agency) && !agency.equals(root.name())) {
        agencies.add(agency);
      }
    }
    agencies.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
    List<Unit> units = new ArrayList<>();
    units.add(root);
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < agencies.size(); i++) {
      String id = String.format(Locale.ROOT, "%s-%02d", ROOT_ID, i + 1);
      units.add(new Unit(id, agencies.get(i), ROOT_ID));
      ids.put(agencies.get(i), id);
    }
    return new UnitLayout(UnitTree.of(units), root, Map.copyOf(ids));
  }

  private static @Nullable String mostFrequent(List<Profile> profiles,
      Function<Profile, @Nullable String> value) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Profile profile : profiles) {
      String text = value.apply(profile);
      if (text != null) {
        counts.merge(text, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElse(null);
  }

  /** Returns the tree of the unit and its sub-units. */
  UnitTree tree() {
    return tree;
  }

  /** Returns the unit at the root, whose report goes to the level above. */
  Unit root() {
    return root;
  }

  /** Returns the id of the unit a profile belongs to. */
  String unitOf(Profile profile) {
    String agency = profile.identity().usingAgency();
    return agency == null ? ROOT_ID : unitIdByAgency.getOrDefault(agency, ROOT_ID);
  }

  /**
   * Returns the place name for the form's signature line, such as {@code Đại Mỗ} for
   * {@code Ủy ban nhân dân phường Đại Mỗ}, or null when the unit's name contains none.
   */
  @Nullable String place() {
    Matcher matcher = PLACE.matcher(root.name());
    return matcher.matches() ? matcher.group(1).strip() : null;
  }
}
