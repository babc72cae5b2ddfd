package vn.ccvc.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ccvc.model.Profile;

class ProfileCodecReadErrorsTest {

  private static final ProfileCodec CODEC = ProfileCodec.create();

  private static ProfileReadException readError(ProfileCodec codec, String json) {
    ProfileReadException e = catchThrowableOfType(ProfileReadException.class,
        () -> codec.read(json));
    assertThat(e).as("read should fail for %s", json).isNotNull();
    return e;
  }

  private static void assertError(ProfileReadException e, String code, int line, int column,
      String path, String message) {
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.getCause()).isNull();
  }

  @Test
  void malformed_missingComma() {
    ProfileReadException e = readError(CODEC, """
        {
          "schemaVersion": 1,
          "identity": {"fullName": "A" "sex": "MALE"}
        }
        """);

    assertError(e, "json.malformed", 3, 32, "identity.fullName", "Line 3, column 32, at "
        + "identity.fullName: a comma is missing between two entries; add a comma after the "
        + "previous value");
    assertThat(e.reason()).isEqualTo("missingComma");
  }

  /** The column is where the parser stopped: at or just after the offending character. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"schemaVersion\": 1,}                          | 21",
    "{\"schemaVersion\": 1 /* note */}                | 21",
    "{'schemaVersion': 1}                           | 2",
    "{schemaVersion: 1}                             | 2",
    "{\"schemaVersion\": 01}                          | 20",
    "{\"schemaVersion\": 1, \"salary\": {\"step\": NaN}}  | 44",
    "{\"schemaVersion\": 1, \"salary\": {\"step\": +3}}   | 42",
    "{\"schemaVersion\": 1, \"salary\": {\"step\": .5}}   | 41",
    "{\"schemaVersion\": 1, \"residence\": {\"phone\": \"a\tb\"}} | 47",
  })
  void malformed_jsonExtensionsRejected(String json, int column) {
    ProfileReadException e = readError(CODEC, json);

    assertThat(e.code()).isEqualTo("json.malformed");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(column);
  }

  /** Each syntax error gets the codec's own message for its cause, never Jackson's text. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "{\"schemaVersion\": 1, \"identity\": {           | truncated | the document ends "
        + "before the JSON is complete: a closing quote, bracket or brace is missing, or the "
        + "file was cut short",
    "{\"schemaVersion\": 1, \"a\": \"abc               | truncated | the document ends "
        + "before the JSON is complete: a closing quote, bracket or brace is missing, or the "
        + "file was cut short",
    "{\"schemaVersion\": 1,}                          | trailingComma | a comma comes before "
        + "the closing bracket or brace; remove the comma after the last entry",
    "{\"schemaVersion\": 1, \"a\": [1,]}             | trailingComma | a comma comes before "
        + "the closing bracket or brace; remove the comma after the last entry",
    "{\"schemaVersion\": 1 /* note */}                | comment | JSON has no comments; remove "
        + "the comment",
    "{\"schemaVersion\": 1 # note\\n}                  | comment | JSON has no comments; remove "
        + "the comment",
    "{\"schemaVersion\": 1, \"a\": NaN}              | nonNumericNumber | NaN and Infinity are "
        + "not JSON numbers; write a number or leave the member out",
    "{\"schemaVersion\": 1, \"a\": -Infinity}        | nonNumericNumber | NaN and Infinity are "
        + "not JSON numbers; write a number or leave the member out",
    "{\"schemaVersion\": 01}                          | leadingZero | a number may not start "
        + "with 0 followed by more digits; remove the leading zeros, or write a code such as "
        + "\"01\" as a string in double quotes",
    "{\"schemaVersion\": 1, \"a\": +3}               | numberFormat | the number is not "
        + "written as JSON requires: digits with an optional leading minus sign and a decimal "
        + "point between digits, such as 2.34 or -1",
    "{\"schemaVersion\": 1, \"a\": .5}               | numberFormat | the number is not "
        + "written as JSON requires: digits with an optional leading minus sign and a decimal "
        + "point between digits, such as 2.34 or -1",
    "{'schemaVersion': 1}                           | quote | JSON strings and member names "
        + "take straight double quotes \"…\"; replace the single or curly quotes",
    "{\"schemaVersion\": 1, \"a\": “x”}              | quote | JSON strings and member names "
        + "take straight double quotes \"…\"; replace the single or curly quotes",
    "{schemaVersion: 1}                             | unquotedName | a member name must be in "
        + "double quotes, such as \"fullName\"",
    "{\"schemaVersion\": 1, \"a\": \"x\ty\"}          | controlCharacter | a string contains a "
        + "raw control character, such as a tab or a line break; write it as an escape such as "
        + "\\t or \\n, or remove it",
    "{\"schemaVersion\": 1, \"a\": \"\\q\"}           | badEscape | a backslash starts an "
        + "escape that JSON does not have; write \\\\ for a backslash, or use one of \\\" \\/ "
        + "\\b \\f \\n \\r \\t \\uXXXX",
    "{\"schemaVersion\": 1 \"a\": 2}                 | missingComma | a comma is missing "
        + "between two entries; add a comma after the previous value",
    "{\"schemaVersion\" 1}                            | missingColon | a colon is missing after "
        + "the member name; write \"name\": value",
    "{\"schemaVersion\": 1]                           | bracketMismatch | a closing bracket "
        + "does not match the open one: ] closes an array and } an object; check that each [ "
        + "and { is closed in order",
    "{\"schemaVersion\": yes}                         | unexpectedWord | the word \"yes\" is "
        + "not a JSON value; write a string in double quotes, a number, an object, an array, "
        + "true, false or null",
    "{\"schemaVersion\": 1,,}                         | unexpectedCharacter | unexpected "
        + "character ',' (U+002C) here; check the syntax: a missing comma, quote or bracket "
        + "is the usual cause",
  })
  void malformed_messagePerCause(String json, String reason, String message) {
    ProfileReadException e = readError(CODEC, json.strip().replace("\\n", "\n"));

    assertThat(e.code()).isEqualTo("json.malformed");
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).endsWith(": " + message);
    assertThat(e.getMessage()).doesNotContain("Jackson", "Feature", "Source", "(code ");
  }

  @Test
  void malformed_emptyDocument() {
    assertError(readError(CODEC, "  \n"), "json.malformed", 1, 1, "",
        "Line 1, column 1: the document is empty; write one profile as a JSON object {…}");
  }

  @Test
  void malformed_contentAfterProfile() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": 1}\n{\"schemaVersion\": 1}");

    assertError(e, "json.malformed", 2, 1, "", "Line 2, column 1: there is more content after "
        + "the end of the profile; a .json document holds one profile, so remove the rest or "
        + "put one profile per line in a .jsonl file");
  }

  @Test
  void malformed_invalidUtf8() {
    byte[] bytes = "{\"schemaVersion\": 1,\n \"identity\": {\"fullName\": \"Thủy X\"}}"
        .getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 5] = (byte) 0xC3;

    ProfileReadException e = catchThrowableOfType(ProfileReadException.class,
        () -> CODEC.read(new ByteArrayInputStream(bytes)));

    assertError(e, "json.malformed", 2, 32, "", "Line 2, column 32: the bytes here are not "
        + "valid UTF-8; save the file in UTF-8 (not Windows-1258, TCVN3 or VNI)");
  }

  @Test
  void wrongType_rootIsArray() {
    assertError(readError(CODEC, "[]"), "json.wrongType", 1, 1, "", "Line 1, column 1: a "
        + "profile must be a JSON object {…} but the document holds an array; put the "
        + "profile's members in braces");
  }

  @Test
  void wrongType_stepAsString() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "salary": {"step": "3"}}
        """);

    assertError(e, "json.wrongType", 2, 21, "salary.step", "Line 2, column 21, at "
        + "salary.step: expected a whole number but found the string \"3\"; write digits "
        + "without quotes or a decimal point, for example 3");
  }

  @Test
  void wrongType_stepWithDecimals() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "salary": {"history": [{"step": 1}, {"step": 2.0}]}}
        """);

    assertError(e, "json.wrongType", 2, 47, "salary.history[1].step", "Line 2, column 47, at "
        + "salary.history[1].step: expected a whole number but found the number 2.0; write "
        + "digits without quotes or a decimal point, for example 3");
  }

  @Test
  void wrongType_stepOutOfIntRange() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": 1, \"salary\": {\"step\": "
        + "3000000000}}");

    assertThat(e.code()).isEqualTo("json.wrongType");
    assertThat(e.path()).isEqualTo("salary.step");
    assertThat(e.getMessage()).isEqualTo("Line 1, column 41, at salary.step: expected a whole "
        + "number from -2147483648 to 2147483647 but found the number 300***0000; check the "
        + "value");
  }

  @Test
  void wrongType_citizenIdAsNumberIsMasked() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "identity": {"citizenId": 38075011234}}
        """);

    assertError(e, "json.wrongType", 2, 28, "identity.citizenId", "Line 2, column 28, at "
        + "identity.citizenId: expected a string but found the number 380****1234; put the "
        + "value in double quotes, for example \"01\"; a code keeps its leading zeros only as a "
        + "string");
  }

  @Test
  void wrongType_coefficientAsString() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "salary": {"coefficient": "2.34"}}
        """);

    assertError(e, "json.wrongType", 2, 28, "salary.coefficient", "Line 2, column 28, at "
        + "salary.coefficient: expected a number but found the string \"2.34\"; write the number "
        + "without quotes, for example 2.34");
  }

  @Test
  void wrongType_codeAsBoolean() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "identity": {"ethnicityCode": true}}
        """);

    assertThat(e.code()).isEqualTo("json.wrongType");
    assertThat(e.path()).isEqualTo("identity.ethnicityCode");
    assertThat(e.column()).isEqualTo(32);
  }

  @Test
  void wrongType_sectionAsString() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "identity": ""}
        """);

    assertError(e, "json.wrongType", 2, 14, "identity", "Line 2, column 14, at identity: "
        + "expected an object but found the string \"\"; write a JSON object {...} or leave the "
        + "member out");
  }

  @Test
  void wrongType_listAsObject() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "workHistory": {"entries": {"from": "2020"}}}
        """);

    assertError(e, "json.wrongType", 2, 29, "workHistory.entries", "Line 2, column 29, at "
        + "workHistory.entries: expected an array but found an object; write a JSON array [...] "
        + "or leave the member out");
  }

  @Test
  void wrongType_nullInList() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "awardsAndDiscipline": {"awards": [{"year": "2020"}, null]}}
        """);

    assertError(e, "json.wrongType", 2, 55, "awardsAndDiscipline.awards[1]", "Line 2, column "
        + "55, at awardsAndDiscipline.awards[1]: found null, which a list may not contain; "
        + "remove the null entry");
  }

  @Test
  void unknownField_atDepth() {
    ProfileReadException e = readError(CODEC, """
        {
          "schemaVersion": 1,
          "salary": {
            "history": [
              {"from": "2020-01", "coefficient": 2.34},
              {"from": "2023-01", "coeficient": 2.67}
            ]
          }
        }
        """);

    assertError(e, "json.unknownField", 6, 27, "salary.history[1].coeficient", "Line 6, "
        + "column 27, at salary.history[1].coeficient: salary.history[1] has no member "
        + "\"coeficient\"; check the spelling (names are case-sensitive) or remove it. Its "
        + "members are: from, rankCode, step, coefficient");
  }

  @Test
  void unknownField_atRoot() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": 1, \"Identity\": {}}");

    assertThat(e.code()).isEqualTo("json.unknownField");
    assertThat(e.path()).isEqualTo("Identity");
    assertThat(e.getMessage()).startsWith("Line 1, column 22, at Identity: the profile has no "
        + "member \"Identity\"; check the spelling (names are case-sensitive) or remove it. Its "
        + "members are: schemaVersion, identity, residence,");
  }

  @Test
  void tooLarge_document() {
    ProfileCodec codec = ProfileCodec.builder().maxDocumentBytes(40).build();

    ProfileReadException e = readError(codec,
        "{\"schemaVersion\": 1, \"identity\": {\"fullName\": \"Bùi Thị Thủy\"}}");

    assertError(e, "json.tooLarge", 0, 0, "", "The document is larger than the limit of 40 "
        + "bytes; split it into smaller documents (a host can raise "
        + "ProfileCodec.builder().maxDocumentBytes(...))");
    assertThat(e.reason()).isEqualTo("maxDocumentBytes");
  }

  @Test
  void tooLarge_documentCountsUtf8Bytes() {
    ProfileCodec codec = ProfileCodec.builder().maxDocumentBytes(46).build();
    String ascii = "{\"schemaVersion\":1,\"residence\":{\"phone\":\"aa\"}}";
    String vietnamese = "{\"schemaVersion\":1,\"residence\":{\"phone\":\"ưa\"}}";

    assertThat(vietnamese).hasSize(46);
    assertThat(codec.read(ascii).residence().phone()).isEqualTo("aa");
    assertThat(readError(codec, vietnamese).code()).isEqualTo("json.tooLarge");
  }

  @Test
  void tooLarge_documentFromStream() {
    ProfileCodec codec = ProfileCodec.builder().maxDocumentBytes(20).build();
    InputStream in = new ByteArrayInputStream(
        "{\"schemaVersion\": 1, \"residence\": {}}".getBytes(StandardCharsets.UTF_8));

    ProfileReadException e = catchThrowableOfType(ProfileReadException.class,
        () -> codec.read(in));

    assertThat(e.code()).isEqualTo("json.tooLarge");
    assertThat(e.line()).isZero();
  }

  @Test
  void tooLarge_depth() {
    String nested = "{\"schemaVersion\": 1, \"x\": " + "[".repeat(32) + "]".repeat(32) + "}";

    ProfileReadException e = readError(CODEC, nested);

    assertError(e, "json.tooLarge", 1, 59, "x" + "[0]".repeat(31), "Line 1, column 59, at x"
        + "[0]".repeat(31) + ": objects and arrays are nested deeper than the limit of 32 "
        + "levels; remove the extra nesting, since the format needs 4 (a host can raise "
        + "ProfileCodec.builder().maxDepth(...))");
    assertThat(e.reason()).isEqualTo("maxDepth");
  }

  @Test
  void tooLarge_depthWithinLimitReachesBinding() {
    String nested = "{\"schemaVersion\": 1, \"x\": " + "[".repeat(31) + "]".repeat(31) + "}";

    assertThat(readError(CODEC, nested).code()).isEqualTo("json.unknownField");
  }

  @Test
  void tooLarge_string() {
    ProfileCodec codec = ProfileCodec.builder().maxStringLength(10).build();

    ProfileReadException e = readError(codec, """
        {"schemaVersion": 1,
         "identity": {"photo": {"mediaType": "image/png", "data": "iVBORw0KGgoAAAANSUhEUg"}}}
        """);

    assertThat(e.code()).isEqualTo("json.tooLarge");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.path()).isEqualTo("identity.photo.data");
    assertThat(e.getMessage()).endsWith(": a string is longer than the limit of 10 characters; "
        + "shorten it (a host can raise ProfileCodec.builder().maxStringLength(...))");
    assertThat(e.reason()).isEqualTo("maxStringLength");
  }

  @Test
  void tooLarge_numberDigits() {
    ProfileCodec codec = ProfileCodec.builder().maxNumberLength(5).build();

    ProfileReadException e = readError(codec,
        "{\"schemaVersion\": 1, \"healthAndPolicy\": {\"weightKg\": 62.50001}}");

    assertThat(e.code()).isEqualTo("json.tooLarge");
    assertThat(e.path()).isEqualTo("healthAndPolicy.weightKg");
    assertThat(e.getMessage()).endsWith(": a number has more digits than the limit of 5; check "
        + "the value (a host can raise ProfileCodec.builder().maxNumberLength(...))");
    assertThat(e.reason()).isEqualTo("maxNumberLength");
  }

  @Test
  void tooLarge_numberInPlainNotation() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "salary": {"coefficient": 1e400}}
        """);

    assertError(e, "json.tooLarge", 2, 28, "salary.coefficient", "Line 2, column 28, at "
        + "salary.coefficient: the number has 401 digits in plain notation, more than the limit "
        + "of 100; check the value (a host can raise "
        + "ProfileCodec.builder().maxNumberLength(...))");
    assertThat(e.reason()).isEqualTo("maxNumberLength");
  }

  @Test
  void duplicateKey() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "identity": {"fullName": "Nguyễn Văn A",
                      "fullName": "Nguyễn Văn B"}}
        """);

    assertError(e, "json.malformed", 3, 25, "identity.fullName", "Line 3, column 25, at "
        + "identity.fullName: the member \"fullName\" appears twice in the same object; keep one "
        + "of them");
  }

  @Test
  void invalidValue_sex() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "identity": {"sex": "NAM"}}
        """);

    assertError(e, "json.invalidValue", 2, 22, "identity.sex", "Line 2, column 22, at "
        + "identity.sex: the string \"NAM\" is not a valid value; write one of \"MALE\" or "
        + "\"FEMALE\"");
  }

  @Test
  void invalidValue_employeeTypeIsCaseSensitive() {
    ProfileReadException e = readError(CODEC, """
        {"schemaVersion": 1,
         "employment": {"employeeType": "civil_servant"}}
        """);

    assertError(e, "json.invalidValue", 2, 33, "employment.employeeType", "Line 2, column 33, "
        + "at employment.employeeType: the string \"civil_servant\" is not a valid value; write "
        + "one of \"CADRE\", \"CIVIL_SERVANT\" or \"PUBLIC_EMPLOYEE\"");
  }

  @Test
  void wrongType_enumAsNumber() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": 1, \"identity\": {\"sex\": 0}}");

    assertThat(e.code()).isEqualTo("json.wrongType");
    assertThat(e.path()).isEqualTo("identity.sex");
  }

  @Test
  void invalidValue_loneSurrogate() {
    ProfileReadException e = readError(CODEC,
        "{\"schemaVersion\": 1, \"identity\": {\"fullName\": \"A\\ud800\"}}");

    assertError(e, "json.invalidValue", 1, 47, "identity.fullName", "Line 1, column 47, at "
        + "identity.fullName: the text holds the escape \\uD800 without its surrogate pair, "
        + "which is no character; remove it or write the character itself");
  }

  @Test
  void schemaVersion_missing() {
    ProfileReadException e = readError(CODEC, "{\n  \"identity\": {\"fullName\": \"A\"}\n}");

    assertError(e, "json.unsupportedSchemaVersion", 1, 1, "schemaVersion", "Line 1, column 1, "
        + "at schemaVersion: the profile has no schemaVersion; add \"schemaVersion\": 1 as its "
        + "first member");
  }

  @Test
  void schemaVersion_other() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": 2, \"newSection\": {}}");

    assertError(e, "json.unsupportedSchemaVersion", 1, 19, "schemaVersion", "Line 1, column "
        + "19, at schemaVersion: schemaVersion 2 is not supported: this SDK reads version 1 "
        + "only, so write the profile in version 1 or use an SDK that reads version 2");
  }

  @Test
  void schemaVersion_checkedAfterWholeSyntax() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": 2, \"a\": }");

    assertThat(e.code()).isEqualTo("json.malformed");
  }

  @Test
  void schemaVersion_asString() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": \"1\"}");

    assertError(e, "json.wrongType", 1, 19, "schemaVersion", "Line 1, column 19, at "
        + "schemaVersion: expected a whole number but found the string \"1\"; write "
        + "\"schemaVersion\": 1");
  }

  @Test
  void schemaVersion_typeCheckedAfterWholeSyntax() {
    ProfileReadException e = readError(CODEC, "{\"schemaVersion\": {}, \"a\": }");

    assertThat(e.code()).isEqualTo("json.malformed");
  }

  @Test
  void malformed_invalidUtf8AfterByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', (byte) 0xFF, '}'};

    ProfileReadException e = catchThrowableOfType(ProfileReadException.class,
        () -> CODEC.read(new ByteArrayInputStream(bytes)));

    assertThat(e.code()).isEqualTo("json.malformed");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void schemaVersion_nestedMemberOfSameNameIgnored() {
    ProfileReadException e = readError(CODEC, "{\"identity\": {\"schemaVersion\": 1}}");

    assertThat(e.code()).isEqualTo("json.unsupportedSchemaVersion");
  }

  @Test
  void unreadable_streamFails() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    ProfileReadException e = catchThrowableOfType(ProfileReadException.class,
        () -> CODEC.read(failing));

    assertThat(e.code()).isEqualTo("io.unreadable");
    assertThat(e.getMessage()).isEqualTo("The stream cannot be read (IOException); check the "
        + "source and try again");
    assertThat(e.getCause()).hasMessage("disk gone");
  }

  @Test
  void messagesNeverHoldFullCitizenId() {
    String[] documents = {
      "{\"schemaVersion\": 1, \"identity\": {\"citizenId\": 38075011234}}",
      "{\"schemaVersion\": 1, \"identity\": {\"sex\": \"038075011234\"}}",
      "{\"schemaVersion\": 1, \"identity\": {\"fullName\": x038075011234}}",
      "{\"schemaVersion\": 1, \"identity\": {\"038075011234\": 1}}",
      "{\"schemaVersion\": 1, \"salary\": {\"step\": 38075011234}}",
      "{\"schemaVersion\": 38075011234}",
    };
    for (String json : documents) {
      ProfileReadException e = readError(CODEC, json);

      assertThat(e.getMessage()).as(json).doesNotContain("38075011234");
    }
  }

  @Test
  void lenientValuesReadAsWritten() {
    Profile profile = CODEC.read("""
        {"schemaVersion": 1,
         "identity": {"fullName": "Nguyễn Văn 3", "citizenId": "0380750112345",
                      "birthDate": "1975-02-30", "ethnicityCode": "99", "sex": null},
         "salary": {"rankCode": "xx", "step": -4, "coefficient": 3},
         "healthAndPolicy": {"heightCm": 1000}}
        """);

    assertThat(profile.identity().fullName()).isEqualTo("Nguyễn Văn 3");
    assertThat(profile.identity().citizenId()).isEqualTo("0380750112345");
    assertThat(profile.identity().birthDate()).isEqualTo("1975-02-30");
    assertThat(profile.identity().ethnicityCode()).isEqualTo("99");
    assertThat(profile.identity().sex()).isNull();
    assertThat(profile.salary().step()).isEqualTo(-4);
    assertThat(profile.salary().coefficient()).isEqualTo(new BigDecimal("3"));
    assertThat(profile.healthAndPolicy().heightCm()).isEqualTo(1000);
  }

  @Test
  void byteOrderMarkIgnored() {
    Profile profile = CODEC.read("\uFEFF{\"schemaVersion\": 1}");

    assertThat(profile).isEqualTo(Profile.empty());
  }
}
