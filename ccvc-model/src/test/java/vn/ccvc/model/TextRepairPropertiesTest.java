package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextRepairPropertiesTest {

  /** Pieces of text: Vietnamese letters, look-alikes, accents on their own, spaces. */
  private static final List<String> PIECES = pieces();

  private static List<String> pieces() {
    List<String> pieces = new ArrayList<>(TextRepairTest.vietnameseLetters());
    pieces.addAll(List.of("Ð", "ð", "Ɖ", "ɖ", "Ƣ", "ƣ", "İ", "ı", "\u0430", "\u0435", "\u041D",
        "\u0406", "\u0418", "\u03BF", "\u0391", "\uFF21", "\u0450", "\u03CC", "\u0300",
        "\u0301", "\u0303", "\u0307", "\u0309", "\u0323", " ", "'", "-", "ñ", "Õ"));
    return pieces;
  }

  private static Gen<String> texts() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 12)
        .map(parts -> String.join("", parts));
  }

  @Test
  void repaired_isNfcAndStable() {
    qt().forAll(texts()).checkAssert(text -> {
      TextRepair repair = TextRepair.of(text);
      assertThat(Normalizer.isNormalized(repair.repaired(), Normalizer.Form.NFC)).isTrue();
      assertThat(TextRepair.of(repair.repaired()).changed()).isFalse();
    });
  }

  @Test
  void vietnameseText_neverChanged() {
    List<String> letters = new ArrayList<>(TextRepairTest.vietnameseLetters());
    letters.add(" ");
    qt().forAll(lists().of(arbitrary().pick(letters)).ofSizeBetween(0, 20))
        .checkAssert(parts -> {
          TextRepair repair = TextRepair.of(String.join("", parts));
          assertThat(repair.changed()).isFalse();
          assertThat(repair.replacements()).isEmpty();
        });
  }

  @Test
  void anyString_isNfcAndStable() {
    qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20))
        .checkAssert(text -> {
          String repaired = TextRepair.repair(text);
          assertThat(Normalizer.isNormalized(repaired, Normalizer.Form.NFC)).isTrue();
          assertThat(TextRepair.repair(repaired)).isEqualTo(repaired);
        });
  }
}
