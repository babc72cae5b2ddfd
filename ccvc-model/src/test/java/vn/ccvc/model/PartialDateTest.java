package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void parse_year() {
    PartialDate date = PartialDate.parse("1985");
    assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(date.year()).isEqualTo(1985);
    assertThat(date.start()).isEqualTo(LocalDate.of(1985, 1, 1));
    assertThat(date.end()).isEqualTo(LocalDate.of(1985, 12, 31));
    assertThat(date).hasToString("1985");
  }

  @Test
  void parse_month() {
    PartialDate date = PartialDate.parse(" 1984-02 ");
    assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(date.start()).isEqualTo(LocalDate.of(1984, 2, 1));
    assertThat(date.end()).isEqualTo(LocalDate.of(1984, 2, 29));
    assertThat(date).hasToString("1984-02");
  }

  @Test
  void parse_day() {
    PartialDate date = PartialDate.parse("1985-05-15");
    assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    assertThat(date.start()).isEqualTo(LocalDate.of(1985, 5, 15));
    assertThat(date.end()).isEqualTo(date.start());
    assertThat(date).hasToString("1985-05-15");
  }

  @Test
  void parse_stripsNoBreakSpace() {
    assertThat(PartialDate.parse("\u00A01985-05\u00A0")).isEqualTo(PartialDate.ofMonth(1985, 5));
  }

  @Test
  void parse_leapDay() {
    assertThat(PartialDate.parse("2024-02-29").start()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void parse_february31() {
    CcvcException e = thrownBy(() -> PartialDate.parse("1985-02-31"));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("date.invalid");
    assertThat(e).hasMessage("'1985-02-31' is not a valid date: this day or month is not on the "
        + "calendar; check the day and month.");
  }

  @Test
  void parse_february29NotLeapYear() {
    CcvcException e = thrownBy(() -> PartialDate.parse("2023-02-29"));
    assertThat(e.code()).isEqualTo("date.invalid");
    assertThat(e).hasMessage("'2023-02-29' is not a valid date: this day or month is not on the "
        + "calendar; check the day and month.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1985-13", "1985-00", "1985-04-31", "1985-01-00"})
  void parse_notOnCalendar(String text) {
    assertThat(thrownBy(() -> PartialDate.parse(text)).code()).isEqualTo("date.invalid");
  }

  @ParameterizedTest
  @ValueSource(strings = {"15/05/1985", "85", "0985", "1985-5", "1985-05-5", "1985-05-15T00",
      "", "１９８５"})
  void parse_wrongForm(String text) {
    CcvcException e = thrownBy(() -> PartialDate.parse(text));
    assertThat(e.code()).isEqualTo("date.invalid");
    assertThat(e).hasMessage("'" + text + "' is not a valid date: use yyyy-MM-dd, yyyy-MM or "
        + "yyyy, for example 1985-05-15.");
  }

  @Test
  void compareTo_byStartThenEnd() {
    PartialDate day = PartialDate.parse("1985-01-01");
    PartialDate january = PartialDate.parse("1985-01");
    PartialDate year = PartialDate.parse("1985");
    PartialDate february = PartialDate.parse("1985-02");
    assertThat(day).isLessThan(january);
    assertThat(january).isLessThan(year);
    assertThat(year).isLessThan(february);
  }

  @Test
  void equals_needsSamePrecision() {
    assertThat(PartialDate.parse("1985")).isNotEqualTo(PartialDate.parse("1985-01-01"));
    assertThat(PartialDate.parse("1985-01")).isEqualTo(PartialDate.ofMonth(1985, 1));
    assertThat(PartialDate.parse("1985-01")).hasSameHashCodeAs(PartialDate.ofMonth(1985, 1));
  }

  @Test
  void isBefore_wholeRange() {
    assertThat(PartialDate.parse("1984").isBefore(PartialDate.parse("1985-01"))).isTrue();
    assertThat(PartialDate.parse("1985").isBefore(PartialDate.parse("1985-12"))).isFalse();
  }

  @Test
  void isAfter_startAfterDay() {
    assertThat(PartialDate.parse("1985").isAfter(LocalDate.of(1984, 12, 31))).isTrue();
    assertThat(PartialDate.parse("1985").isAfter(LocalDate.of(1985, 1, 1))).isFalse();
  }
}
