package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

  private static final String THUY = "038185011234";

  @Test
  void parse_buiThiThuy() {
    CitizenId id = CitizenId.parse(THUY);
    assertThat(id.digits()).isEqualTo(THUY);
    assertThat(id.provinceCode()).isEqualTo("038");
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.birthYear()).isEqualTo(1985);
  }

  @Test
  void parse_stripsSurroundingSpace() {
    assertThat(CitizenId.parse(" \t038185011234\n").digits()).isEqualTo(THUY);
  }

  @Test
  void parse_stripsNoBreakSpace() {
    assertThat(CitizenId.parse("\u00A0038185011234\u202F").digits()).isEqualTo(THUY);
  }

  @ParameterizedTest
  @CsvSource({
      "0, MALE, 1905",
      "1, FEMALE, 1905",
      "2, MALE, 2005",
      "3, FEMALE, 2005",
      "4, MALE, 2105",
      "5, FEMALE, 2105"})
  void centuryDigit_decodesSexAndYear(int digit, Sex sex, int year) {
    CitizenId id = CitizenId.parse("001" + digit + "05123456");
    assertThat(id.sex()).isEqualTo(sex);
    assertThat(id.birthYear()).isEqualTo(year);
  }

  @ParameterizedTest
  @ValueSource(strings = {"03818501123", "0381850112345", "03818501123a", "038 85011234",
      "038-185-011234", "０３８１８５０１１２３４", ""})
  void parse_malformed(String text) {
    CcvcException e = thrownBy(() -> CitizenId.parse(text));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("citizenId.format");
  }

  @Test
  void parse_malformedMessageIsMasked() {
    CcvcException e = thrownBy(() -> CitizenId.parse("03818501123"));
    assertThat(e).hasMessage("Citizen ID '038****1123' must be exactly 12 digits 0-9 with no "
        + "spaces or other characters; copy the number from the ID card.");
  }

  @Test
  void masked_keepsThreeAndFour() {
    assertThat(CitizenId.parse(THUY).masked()).isEqualTo("038*****1234");
  }

  @Test
  void toString_isMasked() {
    String text = CitizenId.parse(THUY).toString();
    assertThat(text).isEqualTo("038*****1234");
    assertThat(text).doesNotContain("85011");
  }

  @Test
  void mask_shortTextHiddenWhole() {
    assertThat(CitizenId.mask("1234567")).isEqualTo("*******");
    assertThat(CitizenId.mask("")).isEmpty();
    assertThat(CitizenId.mask("12345678")).isEqualTo("123*5678");
  }

  @Test
  void isWellFormed() {
    assertThat(CitizenId.isWellFormed(THUY)).isTrue();
    assertThat(CitizenId.isWellFormed(" " + THUY)).isFalse();
    assertThat(CitizenId.isWellFormed("12345678901")).isFalse();
  }

  @Test
  void equals_byDigits() {
    assertThat(CitizenId.parse(THUY)).isEqualTo(new CitizenId(THUY));
    assertThat(CitizenId.parse(THUY)).hasSameHashCodeAs(new CitizenId(THUY));
  }
}
