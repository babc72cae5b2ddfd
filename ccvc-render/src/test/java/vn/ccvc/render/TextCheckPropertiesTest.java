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

  /** Control and invisible format characters, none of them white space. */
  private static final String UNPRINTABLE = "\u0000\u0007\u001C\u007F\u0080\u009F\u00AD"
      + "\u200B\u200C\u200D\u200E\u2060\uFEFF";

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

  @Test
  void unprintable_replacedOrLeftOutAndReported() {
    TextCheck replacing = new TextCheck(Fonts.load(document, false), true);
    qt().forAll(texts(ALPHABET + UNPRINTABLE)).checkAssert(text -> {
      TextCheck check = new TextCheck(Fonts.load(document, false), true);
      String line = check.line("field", text);

      String expected = replacing.line("field", text.codePoints()
          .mapToObj(c -> Character.getType(c) == Character.FORMAT ? ""
              : Character.getType(c) == Character.CONTROL && !TextCheck.isSpace(c) ? "?"
              : Character.toString(c))
          .collect(Collectors.joining()));
      assertThat(line).isEqualTo(expected);
      assertThat(check.replacements().stream().map(GlyphReplacement::codePoint))
          .containsExactlyInAnyOrderElementsOf(text.codePoints()
              .filter(c -> UNPRINTABLE.indexOf(c) >= 0).distinct().boxed().toList());
    });
  }

  private static Gen<String> texts() {
    return texts(ALPHABET);
  }

  private static Gen<String> texts(String alphabet) {
    Gen<Character> letters = integers().between(0, alphabet.length() - 1)
        .map(alphabet::charAt);
    return lists().of(letters).ofSizeBetween(0, 40)
        .map((List<Character> chars) -> chars.stream().map(String::valueOf)
            .collect(Collectors.joining()));
  }
}
