package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.credentials.CredentialAssertions.thrownBy;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NationalSchemeTest {

  private static final String ID = "038185011234";

  private static String password(String fullName) {
    return NationalScheme.password(ID, fullName, null);
  }

  private static String password(String fullName, String givenName) {
    return NationalScheme.password(ID, fullName, givenName);
  }

  @Test
  void districtExample() {
    assertThat(password("BÙI THỊ THỦY")).isEqualTo("Thuy1234@");
  }

  @Test
  void dStrokeFoldsToD() {
    assertThat(password("Đặng Văn Đức")).isEqualTo("Duc1234@");
  }

  @Test
  void capitalDStrokeFoldsToCapitalD() {
    assertThat(password("Nguyễn Văn Đông")).isEqualTo("Dong1234@");
  }

  @Test
  void lastWordOfLongName() {
    assertThat(password("Lê Thị Ngọc Ánh")).isEqualTo("Anh1234@");
  }

  @Test
  void oldAndNewTonePlacementEqual() {
    assertThat(password("Nguyễn Thị Thuỷ")).isEqualTo(password("Nguyễn Thị Thủy"));
    assertThat(password("Trần Thị Hoà")).isEqualTo("Hoa1234@");
    assertThat(password("Trần Thị Hòa")).isEqualTo("Hoa1234@");
  }

  @Test
  void nfdEqualsNfc() {
    String nfc = "Nguyễn Thị Thủy";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(password(nfd)).isEqualTo(password(nfc));
  }

  @Test
  void paddedLowerCaseName() {
    assertThat(password("  trần   văn   an  ")).isEqualTo("An1234@");
  }

  @Test
  void noBreakSpacesAndTabsSeparateWords() {
    assertThat(password("Trần\u00A0Văn\u202FAn")).isEqualTo("An1234@");
    assertThat(password("Trần\tVăn\u00A0\u00A0An\u00A0")).isEqualTo("An1234@");
  }

  @Test
  void hmongName() {
    assertThat(password("Giàng A Páo")).isEqualTo("Pao1234@");
  }

  @Test
  void edeNameWithoutGivenNameTakesClanName() {
    assertThat(password("H'Hen Niê")).isEqualTo("Nie1234@");
  }

  @Test
  void edeNameWithExplicitGivenName() {
    assertThat(password("H'Hen Niê", "Hen")).isEqualTo("Hen1234@");
  }

  @Test
  void apostropheDroppedFromGivenName() {
    assertThat(password("H'Hen Niê", "H'Hen")).isEqualTo("Hhen1234@");
    assertThat(password("H’Hen Niê", "H’Hen")).isEqualTo("Hhen1234@");
  }

  @Test
  void hyphenDroppedFromGivenName() {
    assertThat(password("Rơ Châm Ka-Ly", "Ka-Ly")).isEqualTo("Kaly1234@");
  }

  @Test
  void edeLettersFold() {
    assertThat(password("Y-Ƀlŭl Niê Blô", "Y-Ƀlŭl")).isEqualTo("Yblul1234@");
    assertThat(password("H'Ñu Êban", "Ñu")).isEqualTo("Nu1234@");
    assertThat(password("Ƀuôn Yă Čiăng")).isEqualTo("Ciang1234@");
  }

  @Test
  void givenNameOfTwoWordsJoined() {
    assertThat(password("Tôn Nữ Ngọc Ánh", "Ngọc Ánh")).isEqualTo("Ngocanh1234@");
  }

  @Test
  void blankGivenNameFallsBackToLastWord() {
    assertThat(password("Bùi Thị Thủy", " \u00A0")).isEqualTo("Thuy1234@");
  }

  @Test
  void citizenIdWithSpacesAround() {
    assertThat(NationalScheme.password(" 038185011234\u00A0", "Bùi Thị Thủy", null))
        .isEqualTo("Thuy1234@");
  }

  @Test
  void turkishDefaultLocaleIgnored() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(password("NGUYỄN VĂN KIM")).isEqualTo("Kim1234@");
      assertThat(password("lê văn inh")).isEqualTo("Inh1234@");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void generate_reportsNoRepairForCleanName() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "Bùi Thị Thủy"));
    assertThat(password.value()).isEqualTo("Thuy1234@");
    assertThat(password.repairs()).isEmpty();
    assertThat(password.repaired()).isFalse();
  }

  @Test
  void generate_repairsEthAndReportsIt() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "Nguyễn Văn \u00D0ức"));
    assertThat(password.value()).isEqualTo("Duc1234@");
    assertThat(password.repairs()).containsExactly(new NameRepair("fullName", 0xD0, "Đ"));
    assertThat(password.repaired()).isTrue();
  }

  @Test
  void generate_repairsLatinOiForHornedU() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "Lê Văn Tr\u01A3ờng"));
    assertThat(password.value()).isEqualTo("Truong1234@");
    assertThat(password.repairs()).containsExactly(new NameRepair("fullName", 0x01A3, "ư"));
  }

  @Test
  void generate_repairsCyrillicLetterInGivenName() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "Phạm Thị Ánh", "\u0410nh"));
    assertThat(password.value()).isEqualTo("Anh1234@");
    assertThat(password.repairs()).containsExactly(new NameRepair("givenName", 0x0410, "A"));
  }

  @Test
  void generate_repairsFullWidthLetters() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "Phạm Văn \uFF2D\uFF49\uFF4E\uFF48"));
    assertThat(password.value()).isEqualTo("Minh1234@");
    assertThat(password.repairs()).hasSize(4);
    assertThat(password.repairs().get(0)).hasToString("fullName: U+FF2D 'Ｍ' -> 'M'");
  }

  @Test
  void generate_repairsTurkishDottedCapitalI() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "LÊ VĂN \u0130NH"));
    assertThat(password.value()).isEqualTo("Inh1234@");
    assertThat(password.repairs()).containsExactly(new NameRepair("fullName", 0x0130, "I"));
  }

  @Test
  void generate_familyNameLookAlikeNotReported() {
    InitialPassword password = PasswordScheme.national()
        .generate(CredentialRequest.of(ID, "\u00D0ặng Văn An"));
    assertThat(password.value()).isEqualTo("An1234@");
    assertThat(password.repairs()).isEmpty();
  }

  @Test
  void oldIdentityCardNumber_rejected() {
    CredentialException e = thrownBy(() -> NationalScheme.password("038185011", "Bùi Thị Thủy",
        null));
    assertThat(e.code()).isEqualTo("credentials.citizenId.format");
    assertThat(e.getMessage()).isEqualTo("The citizen ID '038**5011' is not exactly 12 digits "
        + "0-9. A 9-digit number is an old identity card (CMND), which is not a user name. "
        + "Enter the 12-digit number from the citizen ID card.");
  }

  @Test
  void citizenIdWithLetter_rejected() {
    CredentialException e = thrownBy(() -> NationalScheme.password("038185O11234", "Lê An",
        null));
    assertThat(e.code()).isEqualTo("credentials.citizenId.format");
    assertThat(e.getMessage()).isEqualTo("The citizen ID '038*****1234' is not "
        + "exactly 12 digits 0-9. Enter the 12-digit number from the citizen ID card.");
  }

  @Test
  void citizenIdFullWidthDigits_rejected() {
    CredentialException e = thrownBy(() -> NationalScheme.password("０３８１８５０１１２３４",
        "Lê An", null));
    assertThat(e.code()).isEqualTo("credentials.citizenId.format");
  }

  @Test
  void citizenIdMissing_rejected() {
    CredentialException e = thrownBy(() -> NationalScheme.password(" ", "Lê An", null));
    assertThat(e.code()).isEqualTo("credentials.citizenId.missing");
    assertThat(e.getMessage()).isEqualTo(
        "The citizen ID is missing; enter the 12-digit number from the citizen ID card.");
  }

  @Test
  void fullNameMissing_rejected() {
    CredentialException blank = thrownBy(() -> password(" \u00A0 "));
    assertThat(blank.code()).isEqualTo("credentials.name.missing");
    assertThat(blank.getMessage())
        .isEqualTo("The full name is missing; enter the name as on the citizen ID card.");
    CredentialException missing = thrownBy(() -> NationalScheme.password(ID, null, "An"));
    assertThat(missing.code()).isEqualTo("credentials.name.missing");
  }

  @Test
  void digitInName_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn An2"));
    assertThat(e.code()).isEqualTo("credentials.name.digits");
    assertThat(e.getMessage()).isEqualTo("The fullName 'Lê Văn An2' contains the digit '2' at "
        + "position 10; a name has no digits, so check that the columns are not swapped and "
        + "correct the name.");
  }

  @Test
  void digitInFamilyName_rejected() {
    CredentialException e = thrownBy(() -> password("L3 Văn An"));
    assertThat(e.code()).isEqualTo("credentials.name.digits");
  }

  @Test
  void fullWidthDigitInGivenName_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn An", "An\uFF12"));
    assertThat(e.code()).isEqualTo("credentials.name.digits");
    assertThat(e.getMessage()).startsWith("The givenName 'An２' contains the digit '２'");
  }

  @Test
  void symbolInName_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn An."));
    assertThat(e.code()).isEqualTo("credentials.name.invalidCharacter");
    assertThat(e.getMessage()).isEqualTo("The fullName 'Lê Văn An.' contains '.' (U+002E) at "
        + "position 10; a name may contain only letters, spaces, apostrophes and hyphens. Correct "
        + "the name, or convert a spreadsheet typed in the old TCVN3 or VNI encoding to Unicode "
        + "first.");
  }

  @Test
  void tcvn3SymbolInName_rejected() {
    // TCVN3 stores đ as byte 0xAE, which Windows-1252 reads as the registered sign.
    CredentialException e = thrownBy(() -> password("Vò V¨n \u00AE\u00F8c"));
    assertThat(e.code()).isEqualTo("credentials.name.misencoded");
  }

  @Test
  void controlCharacterInName_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn\u0000 An"));
    assertThat(e.code()).isEqualTo("credentials.name.invalidCharacter");
    assertThat(e.getMessage()).contains("contains a control character (U+0000) at position 7");
  }

  @Test
  void unfoldableLetter_rejectedWithCodePoint() {
    CredentialException e = thrownBy(() -> password("Lê Văn Straße"));
    assertThat(e.code()).isEqualTo("credentials.name.unfoldable");
    assertThat(e.getMessage()).isEqualTo("The fullName 'Lê Văn Straße' contains the letter 'ß' "
        + "(U+00DF), which has no ASCII letter to stand for it in the initial password; correct "
        + "the name, or use the random scheme.");
  }

  @Test
  void misdecodedLegacyName_rejectedNotFolded() {
    CredentialException tcvn3 = thrownBy(() -> password("Bïi ThÞ Thñy"));
    CredentialException vni = thrownBy(() -> password("Ñaëng Vaên Ñöùc"));
    CredentialException vniTone = thrownBy(() -> password("Hoa Thò Thuûy"));

    assertThat(tcvn3.code()).isEqualTo("credentials.name.misencoded");
    assertThat(tcvn3.getMessage()).isEqualTo("The fullName 'Bïi ThÞ Thñy' contains 'ï' "
        + "(U+00EF), a sign of Vietnamese text in the TCVN3, VNI or Windows-1258 encoding read "
        + "with another code page; convert the source to Unicode (UTF-8) and issue again.");
    assertThat(vni.code()).isEqualTo("credentials.name.misencoded");
    assertThat(vniTone.code()).isEqualTo("credentials.name.misencoded");
  }

  @Test
  void cyrillicWord_rejectedNotRepaired() {
    CredentialException e = thrownBy(() -> password("Lê Văn Иван"));
    assertThat(e.code()).isEqualTo("credentials.name.unfoldable");
    assertThat(e.getMessage()).contains("'И' (U+0418)");
  }

  @Test
  void noLettersInGivenName_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn An", "'-"));
    assertThat(e.code()).isEqualTo("credentials.name.noLetters");
    assertThat(e.getMessage()).isEqualTo("The given name ''-' has no letter left once "
        + "apostrophes and hyphens are dropped; correct the name or enter the given name in its "
        + "own field.");
  }

  @Test
  void noLettersInLastWord_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn -"));
    assertThat(e.code()).isEqualTo("credentials.name.noLetters");
    assertThat(e.getMessage()).startsWith("The last word of the full name, '-', has no letter");
  }

  @Test
  void lastWordOnlyCombiningMarks_rejected() {
    CredentialException e = thrownBy(() -> password("Lê Văn \u0301\u0323"));
    assertThat(e.code()).isEqualTo("credentials.name.noLetters");
  }

  @Test
  void schemeName() {
    assertThat(PasswordScheme.national().name()).isEqualTo("national");
  }
}
