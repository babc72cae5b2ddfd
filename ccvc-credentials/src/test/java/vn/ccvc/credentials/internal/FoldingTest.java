package vn.ccvc.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldingTest {

  private static final String VIETNAMESE_VOWELS =
      "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

  @Test
  void everyVietnameseVowelFoldsToItsBase() {
    String folded = Folding.foldWord(VIETNAMESE_VOWELS);
    assertThat(folded).isEqualTo("a".repeat(18) + "e".repeat(12) + "i".repeat(6)
        + "o".repeat(18) + "u".repeat(12) + "y".repeat(6));
    assertThat(Folding.foldWord(VIETNAMESE_VOWELS.toUpperCase(java.util.Locale.ROOT)))
        .isEqualTo(folded.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void nfdFoldsLikeNfc() {
    assertThat(Folding.foldWord(Normalizer.normalize(VIETNAMESE_VOWELS, Normalizer.Form.NFD)))
        .isEqualTo(Folding.foldWord(VIETNAMESE_VOWELS));
  }

  @Test
  void strokeLetters() {
    assertThat(Folding.foldWord("đĐƀɃ")).isEqualTo("dDbB");
  }

  @Test
  void apostrophesAndHyphensDropped() {
    assertThat(Folding.foldWord("H'H’nʼa-b")).isEqualTo("HHnab");
  }

  @Test
  void repairedLookAlikesNotFoldedHere() {
    assertThat(Folding.fold(0xD0)).isEqualTo(Folding.NONE);
    assertThat(Folding.fold(0x130)).isEqualTo(Folding.NONE);
    assertThat(Folding.fold(0x131)).isEqualTo(Folding.NONE);
    assertThat(Folding.fold(0x1A3)).isEqualTo(Folding.NONE);
  }

  @Test
  void otherCharactersNotFoldable() {
    assertThat(Folding.foldWord("ß")).isNull();
    assertThat(Folding.foldWord("ø")).isNull();
    assertThat(Folding.foldWord("a b")).isNull();
    assertThat(Folding.foldWord("a1")).isNull();
    assertThat(Folding.foldWord("漢")).isNull();
    assertThat(Folding.fold(0x1F600)).isEqualTo(Folding.NONE);
  }

  @Test
  void combiningMarksOutsideLatinBlockDropped() {
    assertThat(Folding.fold(0x1DC4)).isEqualTo(Folding.DROP);
    assertThat(Folding.fold(0x20DD)).isEqualTo(Folding.DROP);
  }

  @Test
  void foldLoosely_keepsWhatDoesNotFold() {
    assertThat(Folding.foldLoosely("Mật Khẩu-1 ß ＡＢ")).isEqualTo("mat khau-1 ß ab");
  }
}
