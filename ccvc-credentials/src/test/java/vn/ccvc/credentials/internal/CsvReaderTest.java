package vn.ccvc.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<CsvRecord> read(String text) throws IOException {
    return CsvReader.read(new StringReader(text));
  }

  @Test
  void plainFieldsAndLineEndings() throws IOException {
    assertThat(read("a,b\r\nc,d\ne,f\rg,h")).containsExactly(
        new CsvRecord(1, List.of("a", "b"), null), new CsvRecord(2, List.of("c", "d"), null),
        new CsvRecord(3, List.of("e", "f"), null), new CsvRecord(4, List.of("g", "h"), null));
  }

  @Test
  void emptyFields() throws IOException {
    assertThat(read(",a,\n")).containsExactly(new CsvRecord(1, List.of("", "a", ""), null));
    assertThat(read("a,\"\"\n")).containsExactly(new CsvRecord(1, List.of("a", ""), null));
  }

  @Test
  void quotedFields() throws IOException {
    assertThat(read("\"a,b\",\"say \"\"hi\"\"\",\"x\r\ny\"\nz")).containsExactly(
        new CsvRecord(1, List.of("a,b", "say \"hi\"", "x\r\ny"), null),
        new CsvRecord(3, List.of("z"), null));
  }

  @Test
  void byteOrderMarkSkippedOnlyAtStart() throws IOException {
    assertThat(read("\uFEFFa,b\n\uFEFFc")).containsExactly(
        new CsvRecord(1, List.of("a", "b"), null), new CsvRecord(2, List.of("\uFEFFc"), null));
  }

  @Test
  void emptyLinesHoldNoRecord() throws IOException {
    assertThat(read("\n\r\na\n\n")).containsExactly(new CsvRecord(3, List.of("a"), null));
    assertThat(read("")).isEmpty();
  }

  @Test
  void errorsReportedAndReadingGoesOn() throws IOException {
    List<CsvRecord> records = read("a\"b,c\n\"x\"y,z\nok\n\"open,\nnever closed");
    assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 4, 5);
    assertThat(records.get(0).error()).isEqualTo("field 1 contains a double quote but is not "
        + "enclosed in quotes; enclose the field in double quotes and double the quote");
    assertThat(records.get(1).error())
        .isEqualTo("field 1 has characters after its closing double quote");
    assertThat(records.get(2)).isEqualTo(new CsvRecord(3, List.of("ok"), null));
    assertThat(records.get(3).error()).isEqualTo("field 1 opens a double quote on line 4 that is "
        + "never closed; close it, or remove it if the field needs no quotes");
    assertThat(records.get(4)).isEqualTo(new CsvRecord(5, List.of("never closed"), null));
  }

  @Test
  void writer_quotesWhatNeedsIt() {
    assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
    assertThat(CsvWriter.quote("")).isEqualTo("");
    assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.quote("x\ny")).isEqualTo("\"x\ny\"");
    assertThat(CsvWriter.quote(" padded")).isEqualTo("\" padded\"");
  }

  @Test
  void writerOutput_readsBack() throws IOException {
    List<String> fields = List.of("a,b", "say \"hi\"", "x\r\ny", "", " z ");
    java.io.StringWriter out = new java.io.StringWriter();
    CsvWriter.writeRecord(out, fields);
    assertThat(read(out.toString())).containsExactly(new CsvRecord(1, fields, null));
  }
}
