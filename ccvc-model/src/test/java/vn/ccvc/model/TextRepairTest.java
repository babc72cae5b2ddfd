package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRepairTest {

  /** Returns every Vietnamese letter in both cases with each tone, plus f, j, w and z. */
  static List<String> vietnameseLetters() {
    List<String> letters = new ArrayList<>();
    String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    for (String vowel : "a ă â e ê i o ô ơ u ư y".split(" ")) {
      for (String tone : tones) {
        String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
        letters.add(letter);
        letters.add(letter.toUpperCase(java.util.Locale.ROOT));
      }
    }
    for (char consonant : "bcdđghklmnpqrstvxfjwz".toCharArray()) {
      letters.add(String.valueOf(consonant));
      letters.add(String.valueOf(Character.toUpperCase(consonant)));
    }
    return letters;
  }

  @Test
  void eth_becomesD() {
    TextRepair repair = TextRepair.of("Ðặng Văn Ðức");
    assertThat(repair.repaired()).isEqualTo("Đặng Văn Đức");
    assertThat(repair.changed()).isTrue();
    assertThat(repair.replacements()).containsExactly(
        new TextRepair.Replacement(0, 0x00D0, "Đ"), new TextRepair.Replacement(9, 0x00D0, "Đ"));
  }

  @Test
  void replacement_toString() {
    assertThat(TextRepair.of("Ðinh").replacements().get(0))
        .hasToString("U+00D0 'Ð' at 0 -> 'Đ'");
  }

  @ParameterizedTest
  @CsvSource({
      "ðoàn, đoàn",
      "Ɖỗ, Đỗ",
      "ɖỗ, đỗ",
      "Trƣơng, Trương",
      "TRƢƠNG, TRƯƠNG",
      "MİNH, MINH",
      "mınh, minh",
      "Nguy\u0435n, Nguyen",
      "\u0422rần, Trần",
      "\u0425u\u0430n, Xuan",
      "H\u03BFa, Hoa",
      "\u0422\u0430\u043E, Tao",
      "\uFF2C\uFF45 \uFF2E\uFF41, Le Na"})
  void lookAlike_replaced(String text, String expected) {
    assertThat(TextRepair.repair(text)).isEqualTo(expected);
  }

  @Test
  void cyrillicWithCombiningAccent() {
    TextRepair repair = TextRepair.of("Ho\u0430\u0300ng");
    assertThat(repair.repaired()).isEqualTo("Hoàng");
    assertThat(repair.replacements()).containsExactly(
        new TextRepair.Replacement(2, 0x0430, "à"));
  }

  @Test
  void precomposedCyrillicKeepsAccent() {
    assertThat(TextRepair.repair("H\u0450")).isEqualTo("Hè");
    assertThat(TextRepair.repair("\u04D0n")).isEqualTo("Ăn");
  }

  @Test
  void greekWithTonos() {
    assertThat(TextRepair.repair("H\u03CC")).isEqualTo("Hó");
  }

  @Test
  void capitalILookAlikeWithDotAbove() {
    TextRepair repair = TextRepair.of("\u0406\u0307");
    assertThat(repair.repaired()).isEqualTo("I");
    assertThat(repair.replacements()).hasSize(1);
  }

  @Test
  void vietnameseLetters_untouched() {
    String all = String.join(" ", vietnameseLetters());
    TextRepair repair = TextRepair.of(all);
    assertThat(repair.changed()).isFalse();
    assertThat(repair.replacements()).isEmpty();
  }

  @Test
  void windows1258LookalikesThatAreVietnamese_untouched() {
    assertThat(TextRepair.of("Õ Ý Ã Ì Ò õ ý ã ì ò").changed()).isFalse();
  }

  @Test
  void decomposedInput_normalisedOnly() {
    TextRepair repair = TextRepair.of("Bu\u0300i Thi\u0323 Thu\u0309y");
    assertThat(repair.repaired()).isEqualTo("Bùi Thị Thủy");
    assertThat(repair.changed()).isTrue();
    assertThat(repair.replacements()).isEmpty();
    assertThat(repair.original()).isEqualTo("Bu\u0300i Thi\u0323 Thu\u0309y");
  }

  @Test
  void decomposedInput_indexInNfcText() {
    TextRepair repair = TextRepair.of("Bu\u0300i \u00D0\u01B0\u0301c");
    assertThat(repair.repaired()).isEqualTo("Bùi Đức");
    assertThat(repair.replacements()).containsExactly(
        new TextRepair.Replacement(4, 0x00D0, "Đ"));
  }

  @Test
  void legacyEncodingsLeftForValidation() {
    assertThat(TextRepair.of("Nguyeãn Vaên Ñoàn").changed()).isFalse();
    assertThat(TextRepair.of("NguyÔn V¨n §øc").changed()).isFalse();
  }

  @Test
  void otherScriptsKept() {
    assertThat(TextRepair.of("王 ñ ø ß").changed()).isFalse();
  }

  @Test
  void cyrillicWordKeptWhole() {
    assertThat(TextRepair.of("Иван Петров").changed()).isFalse();
    assertThat(TextRepair.of("\u039D\u0393").changed()).isFalse();
  }

  @Test
  void cyrillicWordNextToLatinWord() {
    assertThat(TextRepair.repair("Иван Nguy\u0435n")).isEqualTo("Иван Nguyen");
  }

  @Test
  void emptyText() {
    TextRepair repair = TextRepair.of("");
    assertThat(repair.repaired()).isEmpty();
    assertThat(repair.changed()).isFalse();
  }

  @Test
  void result_isNfc() {
    String repaired = TextRepair.repair("\u0422ra\u0302\u0300n \u00D0i\u0323nh");
    assertThat(repaired).isEqualTo("Trần Định");
    assertThat(Normalizer.isNormalized(repaired, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void nfcStarters_pairsAreNfc() {
    // Every ordered pair, so no starter composes with or reorders against another one.
    List<Character> starters = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (TextRepair.isNfcStarter(c)) {
        starters.add(c);
      }
    }
    List<String> notNfc = new ArrayList<>();
    for (char first : starters) {
      for (char second : starters) {
        String pair = new String(new char[] {first, second});
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          notNfc.add(pair);
        }
      }
    }
    assertThat(starters).hasSize(0x300 + 0x100);
    assertThat(notNfc).isEmpty();
  }

  @Test
  void nfcStarters_haveCombiningClassZero() {
    // U+0345 has combining class 240, so NFD moves it after any mark of a lower non-zero class.
    List<Character> reordered = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      String decomposed = Normalizer.normalize("\u0345" + c, Normalizer.Form.NFD);
      if (TextRepair.isNfcStarter(c) && decomposed.charAt(0) != '\u0345') {
        reordered.add(c);
      }
    }
    assertThat(reordered).isEmpty();
  }

  @Test
  void indexOfEncodingDamage_signs() {
    assertThat(TextRepair.indexOfEncodingDamage("Nguyễn Văn An")).isEqualTo(-1);
    assertThat(TextRepair.indexOfEncodingDamage("Bïi")).isEqualTo(1);
    assertThat(TextRepair.indexOfEncodingDamage("Ng\u00A1")).isEqualTo(2);
    assertThat(TextRepair.indexOfEncodingDamage("Ng\u00BF")).isEqualTo(2);
    assertThat(TextRepair.indexOfEncodingDamage("BÃ\u00B9i")).isEqualTo(2);
    assertThat(TextRepair.indexOfEncodingDamage("x\u2122")).isEqualTo(1);
    assertThat(TextRepair.indexOfEncodingDamage("Ñoàn")).isEqualTo(-1);
  }

  @Test
  void decomposedOutsideStarters_normalised() {
    TextRepair repair = TextRepair.of("Nguye\u0302\u0303n");
    assertThat(repair.repaired()).isEqualTo("Nguyễn");
    assertThat(repair.changed()).isTrue();
  }
}
