package vn.ccvc.credentials;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of Vietnamese people for property tests: names, citizen IDs, birth dates. */
final class TestPeople {

  static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
      "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
      "Giàng", "Lò", "Hà", "Tôn Nữ");

  static final List<String> MIDDLE_NAMES = List.of("Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh",
      "Thanh", "Xuân", "Thu", "Quốc", "Bảo", "Khánh", "Diệu", "Mỹ", "A", "Thị Kim");

  /** Given names in the new tone placement, each with its old placement where it differs. */
  static final List<List<String>> GIVEN_NAMES = List.of(List.of("An"), List.of("Ánh"),
      List.of("Bình"), List.of("Cường"), List.of("Dũng"), List.of("Đức"), List.of("Giang"),
      List.of("Hà"), List.of("Hải"), List.of("Hạnh"), List.of("Hiếu"), List.of("Hòa", "Hoà"),
      List.of("Hùng"), List.of("Hương"), List.of("Khỏe", "Khoẻ"), List.of("Linh"),
      List.of("Lộc"), List.of("Mai"), List.of("Ngân"), List.of("Nghĩa"), List.of("Nhung"),
      List.of("Oanh"), List.of("Phúc"), List.of("Phượng"), List.of("Quý"), List.of("Quỳnh"),
      List.of("Sơn"), List.of("Thắng"), List.of("Thảo"), List.of("Thủy", "Thuỷ"),
      List.of("Thúy", "Thuý"), List.of("Tùy", "Tuỳ"), List.of("Uyên"), List.of("Việt"),
      List.of("Vy"), List.of("Xuân"), List.of("Yến"), List.of("Đạt"), List.of("Ưng"),
      List.of("Ổn"), List.of("Páo"), List.of("Niê"));

  private TestPeople() {}

  /**
   * A generated person.
   *
   * @param family the family name
   * @param middle the middle name, empty when none
   * @param givenForms the given name in the new tone placement, then the old one if it differs
   * @param id the 12-digit citizen ID
   * @param birthDate the birth date as yyyy-MM-dd
   */
  record Person(String family, String middle, List<String> givenForms, String id,
      String birthDate) {

    /** Returns the full name with the given name in placement {@code form} (0 new, 1 old). */
    String fullName(int form) {
      String given = givenForms.get(Math.min(form, givenForms.size() - 1));
      return middle.isEmpty() ? family + " " + given : family + " " + middle + " " + given;
    }

    /** Returns the full name with the new tone placement. */
    String fullName() {
      return fullName(0);
    }

    /** Returns the person's credential request with the birth date. */
    CredentialRequest request() {
      return new CredentialRequest(id, fullName(), null, null, birthDate);
    }
  }

  /** Returns a generator of well-formed 12-digit citizen IDs. */
  static Gen<String> ids() {
    return longs().between(0, 999_999_999_999L).map(n -> String.format("%012d", n));
  }

  /** Returns a generator of people with Vietnamese names. */
  static Gen<Person> people() {
    Gen<String> middles = lists().of(arbitrary().pick(MIDDLE_NAMES)).ofSizeBetween(0, 2)
        .map(words -> String.join(" ", words));
    Gen<String> birthDates = integers().between(0, 365 * 60)
        .map(days -> LocalDate.of(1950, 1, 1).plusDays(days).toString());
    return arbitrary().pick(FAMILY_NAMES).zip(middles, arbitrary().pick(GIVEN_NAMES), ids(),
        birthDates, Person::new);
  }
}
