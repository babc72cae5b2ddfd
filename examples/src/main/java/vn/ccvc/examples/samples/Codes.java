package vn.ccvc.examples.samples;

import java.util.Map;

/**
 * The catalogue codes the generator writes, each looked up by the Vietnamese name it stands
 * for, so the generator's code reads in the form's words. A test checks every code against the
 * SDK's bundled catalogues.
 */
final class Codes {

  private Codes() {}

  static final Map<String, String> ETHNIC_GROUPS = Map.of("Kinh", "01", "Mường", "06");

  static final Map<String, String> RELIGIONS = Map.of(
      "Không", "00", "Phật giáo", "01", "Công giáo", "02");

  static final Map<Track.EducationLevel, String> EDUCATION_LEVELS = Map.of(
      Track.EducationLevel.VOCATIONAL, "TC", Track.EducationLevel.COLLEGE, "CD",
      Track.EducationLevel.BACHELOR, "DH", Track.EducationLevel.MASTER, "THS");

  static final Map<String, String> POLITICAL_THEORY = Map.of(
      "Cao cấp", "CC", "Trung cấp", "TC", "Sơ cấp", "SC");

  static final Map<String, String> STATE_MANAGEMENT = Map.of(
      "Chuyên viên chính", "CVC", "Chuyên viên", "CV");

  static final Map<String, String> TRAINING_MODES = Map.of(
      "Chính quy", "CQ", "Vừa làm vừa học", "VLVH", "Bồi dưỡng", "BD");

  static final Map<String, String> AWARD_FORMS = Map.of(
      "Giấy khen", "GIAY_KHEN", "Bằng khen", "BANG_KHEN_BO_TINH");

  static final Map<String, String> DISCIPLINE_FORMS = Map.of(
      "Khiển trách", "KHIEN_TRACH", "Hạ bậc lương", "HA_BAC_LUONG");

  static final Map<String, String> BLOOD_GROUPS = Map.of("A", "A", "B", "B", "AB", "AB", "O", "O");

  static final Map<String, String> RATINGS = Map.of(
      "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "Hoàn thành tốt nhiệm vụ", "HTTNV",
      "Hoàn thành nhiệm vụ", "HTNV");

  static final Map<String, String> RELATIONS = Map.ofEntries(
      Map.entry("Bố đẻ", "CHA"), Map.entry("Mẹ đẻ", "ME"), Map.entry("Vợ", "VO"),
      Map.entry("Chồng", "CHONG"), Map.entry("Con đẻ", "CON"), Map.entry("Anh ruột", "ANH"),
      Map.entry("Chị ruột", "CHI"), Map.entry("Em ruột", "EM"), Map.entry("Bố vợ", "CHA_VO"),
      Map.entry("Mẹ vợ", "ME_VO"), Map.entry("Anh vợ", "ANH_VO"), Map.entry("Chị vợ", "CHI_VO"),
      Map.entry("Em vợ", "EM_VO"), Map.entry("Bố chồng", "CHA_CHONG"),
      Map.entry("Mẹ chồng", "ME_CHONG"), Map.entry("Anh chồng", "ANH_CHONG"),
      Map.entry("Chị chồng", "CHI_CHONG"), Map.entry("Em chồng", "EM_CHONG"));

  static String ethnicity(String name) {
    return lookup(ETHNIC_GROUPS, name);
  }

  static String religion(String name) {
    return lookup(RELIGIONS, name);
  }

  static String educationLevel(Track.EducationLevel level) {
    return lookup(EDUCATION_LEVELS, level);
  }

  static String politicalTheory(String name) {
    return lookup(POLITICAL_THEORY, name);
  }

  static String stateManagement(String name) {
    return lookup(STATE_MANAGEMENT, name);
  }

  static String trainingMode(String name) {
    return lookup(TRAINING_MODES, name);
  }

  static String awardForm(String name) {
    return lookup(AWARD_FORMS, name);
  }

  static String disciplineForm(String name) {
    return lookup(DISCIPLINE_FORMS, name);
  }

  static String bloodGroup(String name) {
    return lookup(BLOOD_GROUPS, name);
  }

  static String relation(String name) {
    return lookup(RELATIONS, name);
  }

  static String rating(String name) {
    return lookup(RATINGS, name);
  }

  private static <K> String lookup(Map<K, String> codes, K name) {
    String code = codes.get(name);
    if (code == null) {
      throw new IllegalArgumentException("no code for '" + name + "' in " + codes.keySet());
    }
    return code;
  }
}
