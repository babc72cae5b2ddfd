package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.PersonName;

class NationalSchemePropertiesTest {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][a-z]*[0-9]{4}@");

  private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", "\t", "\u202F",
      " \u00A0 ", "\u3000");

  /** Writes a name differently: random case, NFC or NFD, and other white space. */
  private static String rewrite(String name, long seed) {
    Random random = new Random(seed);
    StringBuilder cased = new StringBuilder();
    name.codePoints().forEach(c -> cased.appendCodePoint(random.nextBoolean()
        ? Character.toUpperCase(c) : Character.toLowerCase(c)));
    Normalizer.Form form = random.nextBoolean() ? Normalizer.Form.NFD : Normalizer.Form.NFC;
    String normalised = Normalizer.normalize(cased, form);
    String[] words = normalised.split(" ");
    StringBuilder spaced = new StringBuilder(padding(random)).append(words[0]);
    for (int i = 1; i < words.length; i++) {
      spaced.append(space(random)).append(words[i]);
    }
    return spaced.append(padding(random)).toString();
  }

  private static String space(Random random) {
    return SPACES.get(random.nextInt(SPACES.size()));
  }

  private static String padding(Random random) {
    return random.nextBoolean() ? "" : space(random);
  }

  /** A plain reference implementation with regular expressions, for comparison. */
  private static String reference(String id, String fullName) {
    String[] words = fullName.strip().split(" ");
    String given = Normalizer.normalize(words[words.length - 1], Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    return given.substring(0, 1).toUpperCase(Locale.ROOT)
        + given.substring(1).toLowerCase(Locale.ROOT) + id.substring(8) + "@";
  }

  @Test
  void password_hasSchemeShapeAndIdDigits() {
    qt().forAll(TestPeople.people()).checkAssert(person -> {
      String password = NationalScheme.password(person.id(), person.fullName(), null);
      assertThat(password).matches(SHAPE);
      assertThat(password).endsWith(person.id().substring(8) + "@");
    });
  }

  @Test
  void password_matchesReference() {
    qt().forAll(TestPeople.people()).checkAssert(person -> assertThat(
        NationalScheme.password(person.id(), person.fullName(), null))
        .isEqualTo(reference(person.id(), person.fullName())));
  }

  @Test
  void password_independentOfCaseFormAndSpacing() {
    qt().forAll(TestPeople.people(), longs().all()).checkAssert((person, seed) -> {
      String canonical = NationalScheme.password(person.id(), person.fullName(), null);
      String rewritten = rewrite(person.fullName(), seed);
      assertThat(NationalScheme.password(person.id(), rewritten, null))
          .as("password of %s", rewritten.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(canonical);
    });
  }

  @Test
  void password_independentOfTonePlacement() {
    qt().forAll(TestPeople.people()).checkAssert(person -> assertThat(
        NationalScheme.password(person.id(), person.fullName(1), null))
        .isEqualTo(NationalScheme.password(person.id(), person.fullName(), null)));
  }

  @Test
  void explicitGivenName_sameAsPersonNameDerivation() {
    qt().forAll(TestPeople.people(), booleans().all()).checkAssert((person, explicit) -> {
      String fullName = person.fullName();
      String given = PersonName.parse(fullName).givenName();
      assertThat(NationalScheme.password(person.id(), fullName, explicit ? given : null))
          .isEqualTo(NationalScheme.password(person.id(), fullName, null));
    });
  }

  @Test
  void generate_neverReportsRepairsForVietnameseNames() {
    qt().forAll(TestPeople.people(), longs().all()).checkAssert((person, seed) -> assertThat(
        PasswordScheme.national()
            .generate(CredentialRequest.of(person.id(), rewrite(person.fullName(), seed)))
            .repairs()).isEmpty());
  }
}
