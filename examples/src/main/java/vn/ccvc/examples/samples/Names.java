package vn.ccvc.examples.samples;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.ccvc.model.Sex;

/**
 * Pools of common Kinh family, middle and given names, and the ASCII folding used for file
 * names. Every name the generator writes is drawn from these pools, so no real person's record
 * is copied.
 */
final class Names {

  /** Family names, the most common repeated to weight the draw roughly as in the north. */
  private static final List<String> FAMILY = List.of(
      "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm",
      "Hoàng", "Vũ", "Vũ", "Đặng", "Bùi", "Đỗ", "Đỗ", "Ngô", "Dương", "Đào", "Đinh", "Trịnh",
      "Phan", "Lương", "Mai", "Tạ", "Cao", "Kiều", "Chu", "Khuất", "Nghiêm", "Lại", "Hà", "Lưu");

  private static final List<String> MALE_MIDDLE = List.of(
      "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Mạnh", "Trọng", "Xuân", "Tiến",
      "Thanh", "Công", "Đình", "Ngọc", "Anh", "Việt", "Duy");

  private static final List<String> FEMALE_MIDDLE = List.of(
      "Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Phương", "Kim", "Hồng",
      "Bích", "Lan", "Hải", "Thùy", "Diệu");

  private static final List<String> MALE_GIVEN = List.of(
      "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Sơn", "Thắng", "Nam", "Cường", "Hiếu", "Đức",
      "Trung", "Long", "Khánh", "Quân", "Phong", "Tùng", "Bình", "Thành", "Hưng", "Việt", "Tú",
      "Lâm", "Vinh", "Huy", "Toàn", "Kiên", "Quyết", "Chiến", "Tiến", "Đạt", "Hoàng");

  private static final List<String> FEMALE_GIVEN = List.of(
      "Hương", "Lan", "Hoa", "Mai", "Hà", "Linh", "Trang", "Thảo", "Ngọc", "Huyền", "Nga",
      "Dung", "Hạnh", "Yến", "Phương", "Nhung", "Vân", "Oanh", "Loan", "Hằng", "Quỳnh",
      "Châm", "Giang", "Liên", "Thơm", "Hiền", "Tâm", "Thúy", "Anh", "Chi");

  private Names() {}

  /** Draws a family name. */
  static String family(SplittableRandom random) {
    return pick(random, FAMILY);
  }

  /** Draws a family name different from {@code other}, as a spouse's or a mother's is. */
  static String familyOtherThan(SplittableRandom random, String other) {
    String name = family(random);
    while (name.equals(other)) {
      name = family(random);
    }
    return name;
  }

  /** Draws a middle and a given name for the sex and joins them to {@code family}. */
  static String full(SplittableRandom random, String family, Sex sex) {
    boolean male = sex == Sex.MALE;
    String middle = pick(random, male ? MALE_MIDDLE : FEMALE_MIDDLE);
    String given = pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
    while (given.equals(middle) || given.equals(family)) {
      given = pick(random, male ? MALE_GIVEN : FEMALE_GIVEN);
    }
    return family + " " + middle + " " + given;
  }

  /** Returns the family name of a Kinh full name: its first word. */
  static String familyOf(String fullName) {
    return fullName.substring(0, fullName.indexOf(' '));
  }

  /**
   * Folds a Vietnamese name to lower-case ASCII words joined by hyphens, such as
   * {@code bui-thi-thuy} for Bùi Thị Thủy: diacritics removed after NFD decomposition, and đ
   * mapped to d because it does not decompose.
   */
  static String slug(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd')
        .replace('Đ', 'D');
    return decomposed.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9]+", "-");
  }

  static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
