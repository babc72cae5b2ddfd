package vn.ccvc.examples.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Masking and ASCII folding of what the tool prints. */
class OutputTextTest {

  @Test
  void fold_dropsDiacritics() {
    assertThat(OutputText.foldToAscii("Nguyễn Thị Ánh Tuyết")).isEqualTo("Nguyen Thi Anh Tuyet");
  }

  @Test
  void fold_dWithStroke() {
    assertThat(OutputText.foldToAscii("Đặng Đình Đức, đường")).isEqualTo("Dang Dinh Duc, duong");
  }

  @Test
  void fold_decomposedInput() {
    assertThat(OutputText.foldToAscii("Nguye\u0302\u0303n")).isEqualTo("Nguyen");
  }

  @Test
  void fold_typographicPunctuation() {
    assertThat(OutputText.foldToAscii("‘a’ “b” – c…")).isEqualTo("'a' \"b\" - c...");
  }

  @Test
  void fold_otherScriptsBecomeQuestionMarks() {
    assertThat(OutputText.foldToAscii("漢 😀")).isEqualTo("? ?");
  }

  @Test
  void fold_alwaysAscii() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(text -> OutputText.foldToAscii(text).chars().allMatch(c -> c < 0x80));
  }

  @Test
  void mask_twelveDigitRun() {
    assertThat(OutputText.maskCitizenIds("ID 089085001234.")).isEqualTo("ID 089*****1234.");
  }

  @Test
  void mask_leavesShorterNumbers() {
    assertThat(OutputText.maskCitizenIds("0912 345 678 on 2026-12-04 10:00"))
        .isEqualTo("0912 345 678 on 2026-12-04 10:00");
  }

  @Test
  void mask_longerDigitRun() {
    assertThat(OutputText.maskCitizenIds("0890850012345")).isEqualTo("089******2345");
  }

  @Test
  void mask_leavesLongNumbers() {
    assertThat(OutputText.maskCitizenIds("/tmp/junit-11273390704947206726/a.csv"))
        .isEqualTo("/tmp/junit-11273390704947206726/a.csv");
  }

  @Test
  void mask_groupedDigits() {
    assertThat(OutputText.maskCitizenIds("ID 038-185-011-234 or 038 185 011 234"))
        .isEqualTo("ID 038********-234 or 038******** 234");
  }

  @Test
  void mask_leavesNoTwelveDigitRun() {
    qt().forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(0, 30),
            strings().ascii().ofLengthBetween(0, 3))
        .check((digits, separator) -> {
          String masked = OutputText.maskCitizenIds(digits + separator + digits);
          return !masked.matches(".*(?<!\\d)\\d{12,13}(?!\\d).*");
        });
  }

  @Test
  void oneLine_joinsLines() {
    assertThat(OutputText.oneLine("first\n  second\r\nthird ")).isEqualTo("first second third");
  }

  @Test
  void oneLine_blank() {
    assertThat(OutputText.oneLine("  ")).isEqualTo("no detail");
  }
}
