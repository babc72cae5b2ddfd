package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Photo;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Salary;
import vn.ccvc.model.SalaryChange;

class ProfileCodecWriteTest {

  private static final ProfileCodec CODEC = ProfileCodec.create();

  /** Returns the expected pretty form of {@link Profiles#full()}, a test resource. */
  static String fullProfileJson() {
    try (InputStream in = ProfileCodecWriteTest.class.getResourceAsStream("full-profile.json")) {
      assertThat(in).as("resource full-profile.json").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void full_writesExpectedText() {
    assertThat(CODEC.write(Profiles.full())).isEqualTo(fullProfileJson());
  }

  @Test
  void full_roundTrip() {
    Profile full = Profiles.full();

    assertThat(CODEC.read(CODEC.write(full))).isEqualTo(full);
    assertThat(CODEC.read(CODEC.writeLine(full))).isEqualTo(full);
  }

  @Test
  void full_readFromText() {
    assertThat(CODEC.read(fullProfileJson())).isEqualTo(Profiles.full());
  }

  @Test
  void write_prettyLayout() {
    String json = CODEC.write(Profiles.full());

    assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"identity\": {\n"
        + "    \"managingAgency\": \"Ủy ban nhân dân tỉnh Thanh Hóa\",\n");
    assertThat(json).endsWith("\n}\n");
    assertThat(json).doesNotContain("\r");
  }

  @Test
  void write_emptyProfileHasOnlyVersion() {
    assertThat(CODEC.write(Profile.empty())).isEqualTo("{\n  \"schemaVersion\": 1\n}\n");
    assertThat(CODEC.writeLine(Profile.empty())).isEqualTo("{\"schemaVersion\":1}");
  }

  @Test
  void write_omitsNullsAndEmptyListsButKeepsEmptyRows() {
    Salary salary = new Salary(null, 3, null, null, null, null, null, null,
        List.of(new SalaryChange(null, null, null, null)));
    Profile profile = new Profile(1, null, null, null, null, null, null, null, salary, null,
        null, null);

    assertThat(CODEC.writeLine(profile))
        .isEqualTo("{\"schemaVersion\":1,\"salary\":{\"step\":3,\"history\":[{}]}}");
    assertThat(CODEC.read(CODEC.writeLine(profile))).isEqualTo(profile);
  }

  @Test
  void write_keepsEmptyPhoto() {
    Identity identity = new Identity(null, null, null, new Photo(null, null), null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
    Profile profile = new Profile(1, identity, null, null, null, null, null, null, null, null,
        null, null);

    assertThat(CODEC.writeLine(profile))
        .isEqualTo("{\"schemaVersion\":1,\"identity\":{\"photo\":{}}}");
    assertThat(CODEC.read(CODEC.writeLine(profile))).isEqualTo(profile);
  }

  @Test
  void write_decimalsPlainWithScaleKept() {
    Salary salary = new Salary(null, null, new BigDecimal("2.340"), null, null,
        new BigDecimal("1E+1"), null, null, List.of(
            new SalaryChange(null, null, null, new BigDecimal("2.34E0")),
            new SalaryChange(null, null, null, new BigDecimal("0.0000001"))));
    Profile profile = new Profile(1, null, null, null, null, null, null, null, salary, null,
        null, null);

    assertThat(CODEC.writeLine(profile)).isEqualTo("{\"schemaVersion\":1,\"salary\":"
        + "{\"coefficient\":2.340,\"positionAllowance\":10,\"history\":[{\"coefficient\":2.34},"
        + "{\"coefficient\":0.0000001}]}}");
  }

  @Test
  void read_decimalKeepsDigitsAsWritten() {
    Profile profile = CODEC.read("{\"schemaVersion\": 1, \"salary\": {\"coefficient\": 2.30,"
        + " \"positionAllowance\": 2.34E0, \"history\": [{\"coefficient\": 0.1}]}}");

    assertThat(profile.salary().coefficient()).isEqualTo(new BigDecimal("2.30"));
    assertThat(profile.salary().positionAllowance()).isEqualTo(new BigDecimal("2.34"));
    assertThat(profile.salary().history().get(0).coefficient())
        .isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void write_escapesOnlyWhatJsonRequires() {
    String name = "Ngô \"Tư\" \\ /😀\u0001\b\u001f\u007f";
    Identity identity = new Identity(null, null, null, null, name, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    Profile profile = new Profile(1, identity, null, null, null, null, null, null, null, null,
        null, null);

    assertThat(CODEC.writeLine(profile)).isEqualTo("{\"schemaVersion\":1,\"identity\":"
        + "{\"fullName\":\"Ngô \\\"Tư\\\" \\\\ /😀\\u0001\\b\\u001F\u007f\"}}");
  }

  @Test
  void canonicalBytes_areUtf8OfLine() {
    Profile full = Profiles.full();

    assertThat(CODEC.canonicalBytes(full))
        .isEqualTo(CODEC.writeLine(full).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void canonicalBytes_sameForEqualProfiles() {
    byte[] first = CODEC.canonicalBytes(Profiles.full());
    byte[] second = CODEC.canonicalBytes(CODEC.read(CODEC.write(Profiles.full())));
    byte[] otherCodec = ProfileCodec.builder().maxDepth(8).build()
        .canonicalBytes(Profiles.full());

    assertThat(second).isEqualTo(first);
    assertThat(otherCodec).isEqualTo(first);
  }

  @Test
  void writeToStream_utf8AndNotClosed() {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    CODEC.write(Profiles.full(), bytes);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(fullProfileJson());
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writeToStream_failureWrapped() {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };

    CcvcException e = catchThrowableOfType(CcvcException.class,
        () -> CODEC.write(Profile.empty(), failing));

    assertThat(e.code()).isEqualTo("io.unwritable");
    assertThat(e.getMessage()).isEqualTo("The profile could not be written to the stream "
        + "(IOException); check the destination and try again.");
    assertThat(e.getCause()).hasMessage("disk full");
  }

  @Test
  void write_otherSchemaVersionRejected() {
    Profile future = new Profile(2, null, null, null, null, null, null, null, null, null, null,
        null);

    assertThatThrownBy(() -> CODEC.write(future))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write schemaVersion 2: this SDK writes version 1 only.");
  }

  @Test
  void builder_rejectsLimitsOutOfRange() {
    assertThatThrownBy(() -> ProfileCodec.builder().maxDepth(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be 4 or more, the nesting of the format, but was 3");
    assertThatThrownBy(() -> ProfileCodec.builder().maxDocumentBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDocumentBytes must be 1 or more, but was 0");
    assertThatThrownBy(() -> ProfileCodec.builder().maxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be 1 or more, but was -1");
    assertThatThrownBy(() -> ProfileCodec.builder().maxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNumberLength must be 1 or more, but was 0");
    assertThatThrownBy(() -> ProfileCodec.builder().maxProfilesPerFile(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxProfilesPerFile must be 1 or more, but was 0");
  }

  @Test
  void maxDepthFour_readsFullProfile() {
    ProfileCodec codec = ProfileCodec.builder().maxDepth(4).build();

    assertThat(codec.read(fullProfileJson())).isEqualTo(Profiles.full());
  }
}
