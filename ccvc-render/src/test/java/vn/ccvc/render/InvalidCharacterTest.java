package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.render.GlyphReplacement.Reason;

/** Control and invisible format characters in profile text: an error, or a reported change. */
class InvalidCharacterTest {

  private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
  private final FormRenderer strict = FormRenderer.builder().reproducible(FIXED).build();
  private final FormRenderer replacing = FormRenderer.builder().reproducible(FIXED)
      .replaceMissingGlyphs(true).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "200B | invisible | ZERO WIDTH SPACE",
      "FEFF | invisible | ZERO WIDTH NO-BREAK SPACE",
      "00AD | invisible | SOFT HYPHEN",
      "200C | invisible | ZERO WIDTH NON-JOINER",
      "200D | invisible | ZERO WIDTH JOINER",
      "200E | invisible | LEFT-TO-RIGHT MARK",
      "202E | invisible | RIGHT-TO-LEFT OVERRIDE",
      "2060 | invisible | WORD JOINER",
      "0000 | control | NULL",
      "0007 | control | BEL",
      "001B | control | ESCAPE",
      "001C | control | INFORMATION SEPARATOR FOUR",
      "007F | control | DELETE",
      "0080 | control | PADDING CHARACTER",
      "009F | control | APPLICATION PROGRAM COMMAND"})
  void character_rejectedByDefault(String hex, String kind, String name) {
    int codePoint = Integer.parseInt(hex, 16);
    Profile profile = TestProfiles.withOtherNames(TestProfiles.sample(),
        "Bùi" + Character.toString(codePoint) + "Thủy");
    String fix = kind.equals("control")
        ? "enable replacements to draw '?' in its place and report it."
        : "enable replacements to leave it out and report it.";

    assertThatThrownBy(() -> strict.render(profile, null))
        .isInstanceOf(RenderException.class)
        .hasMessage("Field identity.otherNames contains the " + kind + " character U+" + hex
            + " (" + name + "), which the form cannot show; delete it, or " + fix)
        .extracting(e -> ((RenderException) e).code())
        .isEqualTo(RenderException.INVALID_CHARACTER_CODE);
  }

  @Test
  void zeroWidthSpace_leftOutAndReported() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RenderReport report = replacing.render(
        TestProfiles.withOtherNames(TestProfiles.sample(), "Bùi\u200BThủy"), null, out);

    assertThat(report.replacements()).containsExactly(
        new GlyphReplacement("identity.otherNames", 0x200B, Reason.INVISIBLE_CHARACTER));
    assertThat(report.replacements().get(0).drawn()).isEmpty();
    assertThat(PdfText.all(out.toByteArray())).contains("Tên gọi khác: BùiThủy");
  }

  @Test
  void softHyphenAndBom_leftOut() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RenderReport report = replacing.render(
        TestProfiles.withOtherNames(TestProfiles.sample(), "\uFEFFThủ\u00ADy"), null, out);

    assertThat(report.replacements()).containsExactly(
        new GlyphReplacement("identity.otherNames", 0xFEFF, Reason.INVISIBLE_CHARACTER),
        new GlyphReplacement("identity.otherNames", 0x00AD, Reason.INVISIBLE_CHARACTER));
    assertThat(PdfText.all(out.toByteArray())).contains("Tên gọi khác: Thủy");
  }

  @Test
  void controlCharacter_drawnAsQuestionMarkAndReported() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RenderReport report = replacing.render(
        TestProfiles.withOtherNames(TestProfiles.sample(), "Bùi\u0007Thủy\u0080"), null, out);

    assertThat(report.replacements()).containsExactly(
        new GlyphReplacement("identity.otherNames", 0x0007, Reason.CONTROL_CHARACTER),
        new GlyphReplacement("identity.otherNames", 0x0080, Reason.CONTROL_CHARACTER));
    assertThat(report.replacements().get(0).drawn()).isEqualTo("?");
    assertThat(PdfText.all(out.toByteArray())).contains("Tên gọi khác: Bùi?Thủy?");
  }

  @Test
  void nameDrawnThreeTimes_reportedOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RenderReport report = replacing.render(withFullName("Bùi Thị\u200D Thủy"), null, out);

    assertThat(report.replacements()).containsExactly(
        new GlyphReplacement("identity.fullName", 0x200D, Reason.INVISIBLE_CHARACTER));
    assertThat(PdfText.all(out.toByteArray())).contains("BÙI THỊ THỦY", "Bùi Thị Thủy");
  }

  @Test
  void lineBreaksAndTabs_drawnAsSpaces() {
    Profile profile = TestProfiles.withOtherNames(TestProfiles.sample(),
        "Bùi\tThị\u000BThủy\fA\rB\u0085C\u2028D\u2029E");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RenderReport report = strict.render(profile, null, out);

    assertThat(report.replacements()).isEmpty();
    assertThat(PdfText.all(out.toByteArray()))
        .contains("Tên gọi khác: Bùi Thị Thủy A B C D E");
  }

  @Test
  void missingGlyph_keepsItsOwnCode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    RenderReport report = replacing.render(
        TestProfiles.withOtherNames(TestProfiles.sample(), "Bùi 中\u200B"), null, out);

    assertThat(report.replacements()).containsExactly(
        new GlyphReplacement("identity.otherNames", 0x4E2D, Reason.MISSING_GLYPH),
        new GlyphReplacement("identity.otherNames", 0x200B, Reason.INVISIBLE_CHARACTER));
  }

  private static Profile withFullName(String fullName) {
    Profile p = TestProfiles.sample();
    Identity i = p.identity();
    Identity changed = new Identity(i.managingAgency(), i.usingAgency(), i.staffNumber(),
        i.photo(), fullName, i.familyName(), i.middleName(), i.givenName(), i.otherNames(),
        i.birthDate(), i.sex(), i.placeOfBirth(), i.homeTown(), i.ethnicityCode(),
        i.religionCode(), i.citizenId(), i.citizenIdIssueDate(), i.citizenIdIssuePlace(),
        i.formerIdNumber(), i.familyBackground());
    return new Profile(p.schemaVersion(), changed, p.residence(), p.family(),
        p.personalHistory(), p.employment(), p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());
  }
}
