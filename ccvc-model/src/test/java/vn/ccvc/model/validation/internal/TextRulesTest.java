package vn.ccvc.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void indexOfInvalid_everyBmpCharacter() {
    List<String> wrong = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      int type = Character.getType(c);
      boolean invalid = c != '\n' && (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.UNASSIGNED);
      int expected = invalid ? 2 : -1;
      if (TextRules.indexOfInvalid("Ấn" + c) != expected) {
        wrong.add(String.format("U+%04X", (int) c));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void indexOfInvalid_surrogates() {
    assertThat(TextRules.indexOfInvalid("a\uD83D\uDE00b")).isEqualTo(-1);
    assertThat(TextRules.indexOfInvalid("a\uD83Db")).isEqualTo(1);
    assertThat(TextRules.indexOfInvalid("ab\uDE00")).isEqualTo(2);
    assertThat(TextRules.indexOfInvalid("a" + Character.toString(0xE0001))).isEqualTo(1);
    assertThat(TextRules.indexOfInvalid("a" + Character.toString(0x10FFFF))).isEqualTo(1);
  }

  @Test
  void indexOfInvalid_lineBreakAllowed() {
    assertThat(TextRules.indexOfInvalid("Dòng 1\nDòng 2")).isEqualTo(-1);
    assertThat(TextRules.indexOfInvalid("Dòng 1\r\nDòng 2")).isEqualTo(6);
    assertThat(TextRules.indexOfInvalid("Văn\u200Bthư")).isEqualTo(3);
  }
}
