package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PartialDatePropertiesTest {

  /** Dates of every precision in 1998–2002, narrow so that equal and shared starts are common. */
  private static Gen<PartialDate> dates() {
    return arbitrary().enumValues(DatePrecision.class).zip(integers().between(1998, 2002),
        integers().between(1, 12), integers().between(1, 31), PartialDatePropertiesTest::date);
  }

  private static PartialDate date(DatePrecision precision, int year, int month, int day) {
    switch (precision) {
      case YEAR:
        return PartialDate.ofYear(year);
      case MONTH:
        return PartialDate.ofMonth(year, month);
      default:
        LocalDate first = LocalDate.of(year, month, 1);
        return PartialDate.ofDay(first.withDayOfMonth(Math.min(day, first.lengthOfMonth())));
    }
  }

  @Test
  void compareTo_antisymmetric() {
    qt().forAll(dates(), dates()).checkAssert((a, b) ->
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a))));
  }

  @Test
  void compareTo_consistentWithEquals() {
    qt().forAll(dates(), dates()).checkAssert((a, b) ->
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
  }

  @Test
  void compareTo_transitive() {
    qt().forAll(dates(), dates(), dates()).checkAssert((a, b, c) -> {
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
    });
  }

  @Test
  void compareTo_followsStart() {
    qt().forAll(dates(), dates()).checkAssert((a, b) -> {
      int byStart = a.start().compareTo(b.start());
      if (byStart != 0) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(byStart));
      }
    });
  }

  @Test
  void parse_readsToStringBack() {
    qt().forAll(dates()).checkAssert(date -> {
      PartialDate read = PartialDate.parse(date.toString());
      assertThat(read).isEqualTo(date);
      assertThat(read.precision()).isEqualTo(date.precision());
    });
  }
}
