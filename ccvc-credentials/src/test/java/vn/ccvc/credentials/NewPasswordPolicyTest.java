package vn.ccvc.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewPasswordPolicyTest {

  private static final NewPasswordPolicy POLICY = NewPasswordPolicy.defaults();

  private static final CredentialRequest THUY = new CredentialRequest("038185017392",
      "BÙI THỊ THỦY", null, null, "1985-05-15");

  private static final PasswordContext THUY_CONTEXT = PasswordContext.of(THUY, "Thuy7392@");

  private static final PasswordContext NOBODY = PasswordContext.none();

  private static List<String> codes(String password, PasswordContext context) {
    return POLICY.check(password, context).codes();
  }

  private static List<String> codes(String password) {
    return codes(password, THUY_CONTEXT);
  }

  @Test
  void unicodePassphrase_accepted() {
    PasswordCheck check = POLICY.check("Mây trôi qua đồi xanh", THUY_CONTEXT);
    assertThat(check.accepted()).isTrue();
    assertThat(check.rejections()).isEmpty();
  }

  @Test
  void randomLookingPassword_accepted() {
    assertThat(codes("Gx7#vRt9%kPw")).isEmpty();
  }

  @Test
  void tooShort() {
    PasswordCheck check = POLICY.check("Gx7#vRt9%kP", NOBODY);
    assertThat(check.codes()).containsExactly("password.tooShort");
    assertThat(check.rejections().get(0).message())
        .isEqualTo("The password has 11 characters; use at least 12.");
    assertThat(check.rules()).containsExactly(PasswordRule.TOO_SHORT);
  }

  @Test
  void empty_tooShort() {
    assertThat(codes("", NOBODY)).containsExactly("password.tooShort");
  }

  @Test
  void length_countedInCodePointsAfterNfkc() {
    String nfc = "Mây trôi đồi";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfc.codePointCount(0, nfc.length())).isEqualTo(12);
    assertThat(nfd.length()).isGreaterThan(12);
    assertThat(codes(nfd, NOBODY)).isEmpty();
    assertThat(codes("Mây trôi đồ", NOBODY)).containsExactly("password.tooShort");
    // Eleven emoji are eleven code points but twenty-two UTF-16 units.
    assertThat(codes("🌧🌂🌈🌊🌋🌌🌍🌎🌏🌐🌑", NOBODY)).containsExactly("password.tooShort");
    // The ligature ﬃ becomes three letters under NFKC.
    assertThat(codes("Gx7#vRt9%\uFB03", NOBODY)).isEmpty();
  }

  @Test
  void tooLong() {
    String password = "Gx7#vRt9%kPw".repeat(10) + "Zq3#vBn9x";
    PasswordCheck check = POLICY.check(password, NOBODY);
    assertThat(check.codes()).containsExactly("password.tooLong");
    assertThat(check.rejections().get(0).message())
        .isEqualTo("The password has 129 characters; use at most 128.");
  }

  @Test
  void maxLength_boundary() {
    String max = "Gx7#vRt9%kPw".repeat(10) + "Zq3#vBn9";
    assertThat(max).hasSize(128);
    assertThat(codes(max, NOBODY)).isEmpty();
    assertThat(codes(max + "x", NOBODY)).containsExactly("password.tooLong");
  }

  @Test
  void configuredLengths() {
    NewPasswordPolicy policy = NewPasswordPolicy.builder().minLength(16).maxLength(20).build();
    assertThat(policy.check("Gx7#vRt9%kPw", NOBODY).codes())
        .containsExactly("password.tooShort");
    assertThat(policy.check("Gx7#vRt9%kPwZq3#vBn9%", NOBODY).codes())
        .containsExactly("password.tooLong");
    assertThat(policy.check("Gx7#vRt9%kPwZq3#", NOBODY).accepted()).isTrue();
  }

  @Test
  void minLengthAboveMax_rejectedByBuilder() {
    assertThatThrownBy(() -> NewPasswordPolicy.builder().minLength(20).maxLength(10).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minLength 20 exceeds maxLength 10; raise the maximum or lower the minimum");
  }

  @Test
  void sameAsInitial() {
    PasswordContext context = PasswordContext.of(THUY, "Gx7#vRt9%kPw");
    PasswordCheck check = POLICY.check("Gx7#vRt9%kPw", context);
    assertThat(check.codes()).containsExactly("password.sameAsInitial");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password is the initial "
        + "password; choose a new one that nobody else has seen.");
  }

  @Test
  void sameAsInitial_inAnotherNormalisationForm() {
    PasswordContext context = PasswordContext.of(THUY, "Mây trôi qua đồi");
    String nfd = Normalizer.normalize("Mây trôi qua đồi", Normalizer.Form.NFD);
    assertThat(POLICY.check(nfd, context).codes()).containsExactly("password.sameAsInitial");
  }

  @Test
  void nationalInitialPassword_rejectedForEveryReason() {
    assertThat(codes("Thuy7392@")).containsExactly("password.tooShort",
        "password.sameAsInitial", "password.initialScheme", "password.containsCitizenIdDigits",
        "password.containsName");
  }

  @Test
  void initialSchemeShape_withOtherDigitsAndPadding() {
    PasswordCheck check = POLICY.check("thủy-5813!Zebra", THUY_CONTEXT);
    assertThat(check.codes()).containsExactly("password.initialScheme", "password.containsName");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password has the shape of "
        + "the initial password, the given name followed by four digits, which anyone who "
        + "knows the name can guess; choose a password of another form.");
  }

  @Test
  void initialScheme_nameFromInitialPassword() {
    PasswordContext context = new PasswordContext(null, null, null, null, "Thuy7392@");
    assertThat(POLICY.check("THUY9516#zebra", context).codes())
        .containsExactly("password.initialScheme");
  }

  @Test
  void shortGivenName_onlyAsWholeWord() {
    PasswordContext an = PasswordContext.of(CredentialRequest.of("038185017392", "Lê Văn An"),
        null);
    assertThat(POLICY.check("Banana5813xyz!", an).codes()).isEmpty();
    assertThat(POLICY.check("An-5813 zebra!", an).codes())
        .containsExactly("password.initialScheme", "password.containsName");
    assertThat(POLICY.check("Lemon zebra 97!", an).codes()).isEmpty();
    assertThat(POLICY.check("Lê mặt trời đỏ!", an).codes()).containsExactly(
        "password.containsName");
  }

  @Test
  void containsCitizenId() {
    PasswordCheck check = POLICY.check("x038185017392y", THUY_CONTEXT);
    assertThat(check.codes()).containsExactly("password.containsCitizenId",
        "password.containsCitizenIdDigits");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password contains the "
        + "citizen ID, which is the user name; leave it out.");
  }

  @Test
  void containsCitizenId_withSeparators() {
    assertThat(codes("id 038-185-017-392 x")).contains("password.containsCitizenId");
    assertThat(codes("id 038 185 017 392 x")).contains("password.containsCitizenId");
  }

  @Test
  void containsCitizenIdDigits() {
    PasswordCheck check = POLICY.check("Gió 8501 mùa thu", THUY_CONTEXT);
    assertThat(check.codes()).containsExactly("password.containsCitizenIdDigits");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password contains 4 or "
        + "more digits in a row of the citizen ID; leave them out.");
    assertThat(codes("Gió 850 mùa thu 501")).isEmpty();
  }

  @Test
  void containsFamilyName() {
    PasswordCheck check = POLICY.check("BÚIcâyxanhlá9%", THUY_CONTEXT);
    assertThat(check.codes()).containsExactly("password.containsName");
    assertThat(check.rejections().get(0).message())
        .isEqualTo("The password contains the family name or the given name; leave the name out.");
  }

  @Test
  void containsGivenName_ignoringCaseAndDiacritics() {
    assertThat(codes("cây THUỶ xanh lá")).containsExactly("password.containsName");
    assertThat(codes("câythuyxanhlá!")).containsExactly("password.containsName");
  }

  @Test
  void explicitNames_checked() {
    CredentialRequest ede = new CredentialRequest("066190001234", "H'Hen Niê", "Niê", "H'Hen",
        null);
    PasswordContext context = PasswordContext.of(ede, null);
    assertThat(POLICY.check("gió-hhen-núi-cao", context).codes())
        .containsExactly("password.containsName");
    assertThat(POLICY.check("gió h'hen núi cao", context).codes())
        .containsExactly("password.containsName");
    assertThat(POLICY.check("gió núi nie cao!", context).codes())
        .containsExactly("password.containsName");
  }

  @Test
  void containsBirthDate_commonForms() {
    for (String password : List.of("ngày15051985 vui", "sinh 1985 vui vẻ", "15/05/1985 mưa rơi",
        "ngày 15.5.1985 vui", "1505 xin chào bạn", "19850515 hay quá", "150585 hay quá nè",
        "15-05-1985 mưa rơi")) {
      PasswordCheck check = POLICY.check(password, THUY_CONTEXT);
      assertThat(check.codes()).as(password).containsExactly("password.containsBirthDate");
    }
    assertThat(POLICY.check("sinh 1985 vui vẻ", THUY_CONTEXT).rejections().get(0).message())
        .isEqualTo("The password contains the birth date or the birth year; leave them out.");
  }

  @Test
  void birthDate_monthAndYearPrecision() {
    PasswordContext month = new PasswordContext(null, null, null, "1985-05", null);
    assertThat(POLICY.check("tháng 05/1985 vui", month).codes())
        .containsExactly("password.containsBirthDate");
    PasswordContext year = new PasswordContext(null, null, null, "1985", null);
    assertThat(POLICY.check("năm 1985 vui vẻ", year).codes())
        .containsExactly("password.containsBirthDate");
    assertThat(POLICY.check("tháng 0505 vui vẻ", year).codes()).isEmpty();
  }

  @Test
  void birthDate_invalidIgnored() {
    PasswordContext context = new PasswordContext(null, null, null, "15/05/1985", null);
    assertThat(POLICY.check("năm 1985 vui vẻ", context).codes()).isEmpty();
  }

  @Test
  void common() {
    PasswordCheck check = POLICY.check("mật khẩu mới", NOBODY);
    assertThat(check.codes()).containsExactly("password.common");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password is a common "
        + "password or a variant of one, which attackers try first; choose another.");
  }

  @Test
  void common_variants() {
    assertThat(codes("Matkhau@2024!!", NOBODY)).containsExactly("password.common");
    assertThat(codes("AnhYeuEm@2468", NOBODY)).containsExactly("password.common");
    assertThat(codes("P@ssw0rd@2468", NOBODY)).containsExactly("password.common");
  }

  @Test
  void customCommonList() {
    NewPasswordPolicy policy = NewPasswordPolicy.builder()
        .commonPasswords(CommonPasswords.of(List.of("mâytrôiquađồi"))).build();
    assertThat(policy.check("Mây trôi qua đồi", NOBODY).codes())
        .containsExactly("password.common");
    assertThat(policy.check("Matkhau@2024!!", NOBODY).codes()).isEmpty();
  }

  @Test
  void repeatedCharacter() {
    PasswordCheck check = POLICY.check("Cây xanh aaaa lá", NOBODY);
    assertThat(check.codes()).containsExactly("password.repeatedCharacters");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password repeats a "
        + "character 4 or more times in a row, or repeats one group of characters throughout; "
        + "make it less regular.");
    assertThat(codes("Cây xanh aaa lá", NOBODY)).isEmpty();
    assertThat(codes("Cây xanh aAaA lá", NOBODY)).containsExactly("password.repeatedCharacters");
  }

  @Test
  void repeatedGroup() {
    assertThat(codes("xyzxyzxyzxyz", NOBODY)).containsExactly("password.repeatedCharacters");
    assertThat(codes("Gx7#Gx7#Gx7#", NOBODY)).containsExactly("password.repeatedCharacters");
    assertThat(codes("Gx7#vRGx7#vR", NOBODY)).isEmpty();
  }

  @Test
  void sequentialCharacters() {
    PasswordCheck check = POLICY.check("Mây 1234 trôi qua", NOBODY);
    assertThat(check.codes()).containsExactly("password.sequentialCharacters");
    assertThat(check.rejections().get(0).message()).isEqualTo("The password contains 4 or more "
        + "sequential characters, such as 1234, dcba or qwer; break the sequence.");
    for (String password : List.of("mây DCBA trôi qua", "mây qwer trôi qua",
        "mây 7890 trôi qua", "mây 0987 trôi qua", "mây lkjh trôi qua", "mây 9876 trôi qua")) {
      assertThat(codes(password, NOBODY)).as(password)
          .containsExactly("password.sequentialCharacters");
    }
    assertThat(codes("mây 123 trôi qua", NOBODY)).isEmpty();
    assertThat(codes("mây 12a3 trôi qua", NOBODY)).isEmpty();
  }

  @Test
  void rejections_inRuleOrder() {
    List<PasswordRule> rules = POLICY.check("aaaa1234", NOBODY).rules();
    assertThat(rules).containsExactly(PasswordRule.TOO_SHORT, PasswordRule.REPEATED_CHARACTERS,
        PasswordRule.SEQUENTIAL_CHARACTERS);
  }

  @Test
  void everyRuleHasDistinctCode() {
    assertThat(List.of(PasswordRule.values()).stream().map(PasswordRule::code).distinct())
        .hasSize(PasswordRule.values().length);
  }

  @Test
  void contextToString_hidesSecrets() {
    assertThat(THUY_CONTEXT.toString()).doesNotContain("038185017392").doesNotContain("Thuy7392@")
        .doesNotContain("1985").contains("038*****7392");
  }
}
