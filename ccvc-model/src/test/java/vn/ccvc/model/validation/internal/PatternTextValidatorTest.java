package vn.ccvc.model.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ccvc.model.Photo;

class PatternTextValidatorTest {

  private static final Pattern BASE64 = Pattern.compile(PatternTextValidator.BASE64);

  /** Texts of Base64 characters, padding and characters just outside the alphabet. */
  private static Gen<String> texts() {
    List<Character> pieces = List.of('A', 'Z', 'a', 'z', '0', '9', '+', '/', '=', '@', '[',
        '`', '{', '-', '_', ' ', '\n', 'é');
    return lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 10).map(chars -> {
      StringBuilder out = new StringBuilder();
      chars.forEach(out::append);
      return out.toString();
    });
  }

  @Test
  void isBase64_agreesWithRegex() {
    qt().forAll(texts()).checkAssert(text -> assertThat(PatternTextValidator.isBase64(text))
        .as(text).isEqualTo(BASE64.matcher(text).matches()));
  }

  @Test
  void isBase64_cases() {
    assertThat(PatternTextValidator.isBase64("")).isTrue();
    assertThat(PatternTextValidator.isBase64("QUJD")).isTrue();
    assertThat(PatternTextValidator.isBase64("QUI=")).isTrue();
    assertThat(PatternTextValidator.isBase64("QQ==")).isTrue();
    assertThat(PatternTextValidator.isBase64("==")).isTrue();
    assertThat(PatternTextValidator.isBase64("Q===")).isFalse();
    assertThat(PatternTextValidator.isBase64("Q=Q")).isFalse();
    assertThat(PatternTextValidator.isBase64("QU-D")).isFalse();
  }

  @Test
  void photoData_usesBase64Expression() throws NoSuchFieldException {
    jakarta.validation.constraints.Pattern annotation = Photo.class.getDeclaredField("data")
        .getAnnotation(jakarta.validation.constraints.Pattern.class);

    assertThat(annotation).isNotNull();
    assertThat(annotation.regexp()).isEqualTo(PatternTextValidator.BASE64);
  }
}
