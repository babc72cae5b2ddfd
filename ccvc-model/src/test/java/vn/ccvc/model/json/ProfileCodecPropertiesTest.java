package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;

class ProfileCodecPropertiesTest {

  private static final ProfileCodec CODEC = ProfileCodec.create();
  private static final int EXAMPLES = 300;

  @Test
  void writeThenRead_givesEqualProfile() {
    qt().withExamples(EXAMPLES).forAll(RandomProfiles.profiles()).checkAssert(profile -> {
      assertThat(CODEC.read(CODEC.write(profile))).isEqualTo(profile);
      assertThat(CODEC.read(CODEC.writeLine(profile))).isEqualTo(profile);
    });
  }

  @Test
  void writeLine_isOneLine() {
    qt().withExamples(EXAMPLES).forAll(RandomProfiles.profiles()).checkAssert(profile ->
        assertThat(CODEC.writeLine(profile)).doesNotContain("\n", "\r"));
  }

  @Test
  void canonicalBytes_stableThroughRoundTrip() {
    qt().withExamples(EXAMPLES).forAll(RandomProfiles.profiles()).checkAssert(profile -> {
      byte[] canonical = CODEC.canonicalBytes(profile);

      assertThat(CODEC.canonicalBytes(profile)).isEqualTo(canonical);
      assertThat(CODEC.canonicalBytes(CODEC.read(CODEC.write(profile)))).isEqualTo(canonical);
      assertThat(strictUtf8(canonical)).isEqualTo(CODEC.writeLine(profile));
    });
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("canonical bytes are not valid UTF-8", e);
    }
  }

  @Test
  void generator_coversEverySectionWithContent() {
    Profile empty = Profile.empty();
    int[] filled = new int[1];
    qt().withExamples(50).forAll(RandomProfiles.profiles()).checkAssert(profile -> {
      if (!profile.identity().equals(empty.identity())
          && !profile.salary().history().isEmpty()) {
        filled[0]++;
      }
    });

    assertThat(filled[0]).isPositive();
  }
}
