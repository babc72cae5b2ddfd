package vn.ccvc.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;

class CodeListTest {

  private static CodeList read(String csv) {
    return CodeList.readCsv("test-list", new StringReader(csv));
  }

  @Test
  void readCsv_quotedFieldsWithCommasAndQuotes() {
    CodeList list = read("code,name,name_en\n"
        + "DH,\"Đại học (cử nhân, kỹ sư)\",\"University, \"\"bachelor\"\"\"\n");
    CodeEntry entry = list.find("DH").orElseThrow();
    assertThat(entry.name()).isEqualTo("Đại học (cử nhân, kỹ sư)");
    assertThat(entry.nameEn()).isEqualTo("University, \"bachelor\"");
  }

  @Test
  void readCsv_lenientLayout() {
    CodeList list = read("\uFEFFcode,name,notes\r\n\r\nA,Nhóm máu A,first\r\nB,Nhóm máu B,\r\n\n");
    assertThat(list.entries()).extracting(CodeEntry::code).containsExactly("A", "B");
  }

  @Test
  void readCsv_quotedLineBreakCountsLines() {
    CcvcException e = thrownBy(() -> read("code,name\nA,\"two\nlines\"\nB\n"));
    assertThat(e).hasMessage("Catalogue file 'test-list', line 4: expected 2 fields as in the "
        + "header, found 1; enclose a value that contains a comma in double quotes.");
  }

  @Test
  void readCsv_normalisesText() {
    CodeList list = read("code,name\n KT , Khie\u0302\u0300n\u00A0 tra\u0301ch \n");
    assertThat(list.find("KT").map(CodeEntry::name)).contains("Khiền trách");
  }

  @Test
  void readCsv_validityDates() {
    CodeList list = read("code,name,valid_from,valid_to\nX,Old,2000-01-01,2025-06-30\n");
    CodeEntry entry = list.find("X").orElseThrow();
    assertThat(entry.validFrom()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(entry.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(list.isValidOn("X", LocalDate.of(1999, 12, 31))).isFalse();
    assertThat(list.isValidOn("X", LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(list.isValidOn("X", LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(list.isValidOn("X", LocalDate.of(2025, 7, 1))).isFalse();
  }

  @Test
  void readCsv_codeSystem() {
    CodeList list = read("code,name,code_system\n01,Kinh,1979\n02,Tày,\n");
    assertThat(list.codeSystem()).contains("1979");
  }

  @Test
  void readCsv_noCodeSystem() {
    assertThat(read("code,name\n01,Kinh\n").codeSystem()).isEmpty();
  }

  @Test
  void readCsv_disagreeingCodeSystems() {
    CcvcException e = thrownBy(() -> read("code,name,code_system\n01,Kinh,1979\n02,Tày,2008\n"));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'test-list', line 3: column 'code_system' contains "
        + "'2008', but earlier rows contain '1979'; a catalogue's codes follow one list, so use "
        + "one value.");
  }

  @Test
  void readCsv_missingColumn() {
    CcvcException e = thrownBy(() -> read("code,label\nA,Nhóm máu A\n"));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'test-list', line 1: the header has no column "
        + "'name'; the columns are [code, label] and must include code, name.");
  }

  @Test
  void readCsv_emptyFile() {
    CcvcException e = thrownBy(() -> read(""));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'test-list' is empty; it needs a header row naming "
        + "its columns, then one row per entry.");
  }

  @Test
  void readCsv_emptyName() {
    CcvcException e = thrownBy(() -> read("code,name\nA,\n"));
    assertThat(e).hasMessage("Catalogue file 'test-list', line 2: column 'name' is empty; fill "
        + "it in.");
  }

  @Test
  void readCsv_duplicateCode() {
    CcvcException e = thrownBy(() -> read("code,name\nA,First\nB,Second\nA,Third\n"));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'test-list', line 4: code 'A' is already on line 2;"
        + " keep one row per code.");
  }

  @Test
  void readCsv_quoteInsideUnquotedValue() {
    CcvcException e = thrownBy(() -> read("code,name\nA,Say \"hi\"\n"));
    assertThat(e).hasMessage("Catalogue file 'test-list', line 2: a double quote inside a value "
        + "that does not start with one; enclose the whole value in double quotes and double "
        + "the inner quote.");
  }

  @Test
  void readCsv_textAfterClosingQuote() {
    CcvcException e = thrownBy(() -> read("code,name\nA,\"Nhóm\" máu\n"));
    assertThat(e).hasMessage("Catalogue file 'test-list', line 2: unexpected ' ' after a closing"
        + " double quote; put a comma between values and double any quote inside a quoted "
        + "value.");
  }

  @Test
  void readCsv_badDate() {
    CcvcException e = thrownBy(() -> read("code,name,valid_to\nA,B,30/06/2025\n"));
    assertThat(e).hasMessage("Catalogue file 'test-list', line 2: column 'valid_to' contains "
        + "'30/06/2025', which is not a date; write it as yyyy-MM-dd, for example 2025-07-01.");
  }

  @Test
  void readCsv_validToBeforeValidFrom() {
    CcvcException e = thrownBy(() -> read("code,name,valid_from,valid_to\n"
        + "A,B,2025-07-01,2025-06-30\n"));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'test-list', line 2: Code 'A' is valid to "
        + "2025-06-30, before it is valid from 2025-07-01; swap or correct the dates.");
  }

  @Test
  void readCsv_duplicateHeaderColumn() {
    CcvcException e = thrownBy(() -> read("code,name,code\nA,B,C\n"));
    assertThat(e).hasMessage("Catalogue file 'test-list', line 1: the header names column "
        + "'code' twice.");
  }

  @Test
  void find_exactCode() {
    CodeList list = CodeList.of("t", List.of(CodeEntry.of("AB", "Nhóm máu AB")));
    assertThat(list.find("AB")).isPresent();
    assertThat(list.find("ab")).isEmpty();
    assertThat(list.contains("AB")).isTrue();
    assertThat(list.contains("A")).isFalse();
  }

  @Test
  void of_duplicateCode() {
    CcvcException e = thrownBy(() -> CodeList.of("t",
        List.of(CodeEntry.of("A", "One"), CodeEntry.of("A", "Two"))));
    assertThat(e.code()).isEqualTo("catalog.invalid");
    assertThat(e).hasMessage("Catalogue 't' lists code 'A' twice; keep one entry per code.");
  }

  @Test
  void codeEntry_blankName() {
    CcvcException e = thrownBy(() -> CodeEntry.of("A", " "));
    assertThat(e.code()).isEqualTo("catalog.invalid");
    assertThat(e).hasMessage("The name of catalogue entry 'A' is blank; give every entry a code "
        + "and a name.");
  }

  @Test
  void codeEntry_openEndedValidity() {
    CodeEntry entry = new CodeEntry("A", "B", null, LocalDate.of(2025, 7, 1), null);
    assertThat(entry.isValidOn(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(entry.isValidOn(LocalDate.of(9999, 12, 31))).isTrue();
  }
}
