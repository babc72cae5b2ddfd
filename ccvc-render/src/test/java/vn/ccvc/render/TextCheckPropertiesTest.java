package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextCheckPropertiesTest {

  /** Vietnamese letters with every tone mark, and white space of several kinds. */
  private static final String ALPHABET = "aăâeêioôơuưyđAĂÂĐáàảãạắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợ"
      + "ứừửữựỳỷỹỵÝỲỶỸỴĐƯƠ .,-\t\u00A0\u2028\u2003\n";

  private final PDDocument document = new PDDocument();
  private final TextCheck check = new TextCheck(Fonts.load(document, false), false);

  @AfterEach
  void close() throws Exception {
    document.close();
  }

  @Test
  void anyWhiteSpace_becomesSingleSpaces() {
    qt().forAll(texts()).checkAssert(text -> {
      String line = check.line("field", text);

      assertThat(line).doesNotContain("\t", "\n", "\u00A0", "\u2028", "\u2003", "  ");
      assertThat(line).isEqualTo(line.trim());
    });
  }

  @Test
  void decomposedText_checksToComposed() {
    qt().forAll(texts()).checkAssert(text -> {
      String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);

      assertThat(check.line("field", nfd)).isEqualTo(check.line("field", text));
      assertThat(Normalizer.isNormalized(check.line("field", nfd), Normalizer.Form.NFC))
          .isTrue();
    });
  }

  private static Gen<String> texts() {
    Gen<Character> letters = integers().between(0, ALPHABET.length() - 1)
        .map(ALPHABET::charAt);
    return lists().of(letters).ofSizeBetween(0, 40)
        .map((List<Character> chars) -> chars.stream().map(String::valueOf)
            .collect(Collectors.joining()));
  }
}
