package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void parse_kinhName() {
    PersonName name = PersonName.parse("BÙI THỊ THỦY");
    assertThat(name.fullName()).isEqualTo("BÙI THỊ THỦY");
    assertThat(name.familyName()).isEqualTo("BÙI");
    assertThat(name.middleName()).isEqualTo("THỊ");
    assertThat(name.givenName()).isEqualTo("THỦY");
  }

  @Test
  void parse_longMiddleName() {
    PersonName name = PersonName.parse("Tôn Nữ Thị Ninh");
    assertThat(name.familyName()).isEqualTo("Tôn");
    assertThat(name.middleName()).isEqualTo("Nữ Thị");
    assertThat(name.givenName()).isEqualTo("Ninh");
  }

  @Test
  void parse_twoWordsNoMiddleName() {
    PersonName name = PersonName.parse("Lê Na");
    assertThat(name.familyName()).isEqualTo("Lê");
    assertThat(name.middleName()).isEmpty();
    assertThat(name.givenName()).isEqualTo("Na");
  }

  @Test
  void of_explicitPartsWin() {
    PersonName name = PersonName.of("H'Hen Niê", "Niê", null, "H'Hen");
    assertThat(name.fullName()).isEqualTo("H'Hen Niê");
    assertThat(name.familyName()).isEqualTo("Niê");
    assertThat(name.middleName()).isEmpty();
    assertThat(name.givenName()).isEqualTo("H'Hen");
  }

  @Test
  void of_blankPartIsDerived() {
    PersonName name = PersonName.of("Bùi Thị Thủy", " ", null, "");
    assertThat(name.familyName()).isEqualTo("Bùi");
    assertThat(name.givenName()).isEqualTo("Thủy");
  }

  @Test
  void parse_nfdInputBecomesNfc() {
    PersonName name = PersonName.parse("Bu\u0300i Thi\u0323 Thu\u0309y");
    assertThat(name.fullName()).isEqualTo("Bùi Thị Thủy");
    assertThat(name.givenName()).isEqualTo("Thủy");
  }

  @Test
  void parse_collapsesWhiteSpace() {
    PersonName name = PersonName.parse("  Bùi\u00A0Thị \t Thủy ");
    assertThat(name.fullName()).isEqualTo("Bùi Thị Thủy");
    assertThat(name.middleName()).isEqualTo("Thị");
  }

  @Test
  void parse_hyphenAndApostrophes() {
    assertThat(PersonName.parse("Ksor H’Ni").givenName()).isEqualTo("H’Ni");
    assertThat(PersonName.parse("Nguyễn Lê-Anh").givenName()).isEqualTo("Lê-Anh");
  }

  @Test
  void parse_digit() {
    CcvcException e = thrownBy(() -> PersonName.parse("Nguyễn Văn 2"));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("name.invalidCharacters");
    assertThat(e).hasMessage("The name 'Nguyễn Văn 2' contains '2' (U+0032) at position 12; a "
        + "name may hold only letters, spaces, apostrophes and hyphens, so remove it or correct "
        + "the name.");
  }

  @Test
  void parse_controlCharacter() {
    CcvcException e = thrownBy(() -> PersonName.parse("Lê\u0007Na"));
    assertThat(e.code()).isEqualTo("name.invalidCharacters");
    assertThat(e).hasMessage("The name 'Lê\u0007Na' contains a control character (U+0007) at "
        + "position 3; a name may hold only letters, spaces, apostrophes and hyphens, so remove "
        + "it or correct the name.");
  }

  @Test
  void of_invalidExplicitPart() {
    CcvcException e = thrownBy(() -> PersonName.of("Bùi Thị Thủy", null, null, "Thủy1"));
    assertThat(e.code()).isEqualTo("name.invalidCharacters");
  }

  @Test
  void parse_blank() {
    CcvcException e = thrownBy(() -> PersonName.parse(" \u00A0"));
    assertThat(e.code()).isEqualTo("required");
    assertThat(e).hasMessage("The full name is missing; enter the name as on the birth "
        + "certificate.");
  }

  @Test
  void indexOfInvalidCharacter() {
    assertThat(PersonName.indexOfInvalidCharacter("Bùi Thị Thủy")).isEqualTo(-1);
    assertThat(PersonName.indexOfInvalidCharacter("Bùi.Thủy")).isEqualTo(3);
  }
}
