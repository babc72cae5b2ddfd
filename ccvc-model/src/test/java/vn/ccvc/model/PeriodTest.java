package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void parse_closedPeriod() {
    Period period = Period.parse("2003-09", "2007-06");
    assertThat(period.from()).isEqualTo(PartialDate.ofMonth(2003, 9));
    assertThat(period.end()).contains(PartialDate.ofMonth(2007, 6));
    assertThat(period.isOngoing()).isFalse();
  }

  @Test
  void parse_blankEndIsOngoing() {
    Period period = Period.parse("2020-05", " ");
    assertThat(period.isOngoing()).isTrue();
    assertThat(period.end()).isEmpty();
  }

  @Test
  void parse_noBreakSpaceEndIsOngoing() {
    assertThat(Period.parse("2020-05", "\u00A0").isOngoing()).isTrue();
  }

  @Test
  void parse_nullEndIsOngoing() {
    assertThat(Period.parse("2020", null).isOngoing()).isTrue();
  }

  @Test
  void endBeforeStart() {
    CcvcException e = thrownBy(() -> Period.parse("2020-05", "2019"));
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.code()).isEqualTo("period.endBeforeStart");
    assertThat(e).hasMessage("The period ends (2019) before it starts (2020-05); swap the dates "
        + "or correct one of them.");
  }

  @Test
  void endInSameYearAsStart() {
    Period period = Period.parse("2020-05", "2020");
    assertThat(period.end()).contains(PartialDate.ofYear(2020));
  }

  @Test
  void sameDayStartAndEnd() {
    assertThat(Period.parse("2020-05-01", "2020-05-01").isOngoing()).isFalse();
  }

  @Test
  void parse_invalidStartReportedFirst() {
    CcvcException e = thrownBy(() -> Period.parse("2020-13", "2021-13"));
    assertThat(e.code()).isEqualTo("date.invalid");
    assertThat(e.getMessage()).startsWith("'2020-13'");
  }
}
