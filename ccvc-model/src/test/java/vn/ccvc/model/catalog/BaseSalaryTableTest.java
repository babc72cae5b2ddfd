package vn.ccvc.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;

class BaseSalaryTableTest {

  @Test
  void bundled_sortedAndIncreasing() {
    List<BaseSalary> all = Catalogs.defaults().baseSalaries().all();
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).effectiveFrom()).isAfter(all.get(i - 1).effectiveFrom());
      assertThat(all.get(i).amountVnd()).isGreaterThan(all.get(i - 1).amountVnd());
    }
  }

  @Test
  void on_july2024() {
    BaseSalary amount = Catalogs.defaults().baseSalaries().on(LocalDate.of(2025, 1, 1))
        .orElseThrow();
    assertThat(amount.amountVnd()).isEqualTo(2_340_000L);
    assertThat(amount.effectiveFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(amount.legalBasis()).isEqualTo("NĐ 73/2024/NĐ-CP");
  }

  @Test
  void of_anyOrder() {
    BaseSalaryTable table = BaseSalaryTable.of(List.of(
        new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000, "NĐ 73/2024/NĐ-CP"),
        new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000, "NĐ 24/2023/NĐ-CP")));
    assertThat(table.all().get(0).amountVnd()).isEqualTo(1_800_000L);
    assertThat(table.on(LocalDate.of(2024, 6, 30)).map(BaseSalary::amountVnd))
        .contains(1_800_000L);
  }

  @Test
  void readCsv_repeatedDate() {
    CcvcException e = thrownBy(() -> BaseSalaryTable.readCsv("b.csv", new StringReader(
        "effective_from,amount_vnd,legal_basis\n2024-07-01,2340000,A\n2024-07-01,2340001,B\n")));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'b.csv', line 3: an earlier row already takes "
        + "effect on 2024-07-01; keep one row per date.");
  }

  @Test
  void readCsv_amountWithSeparators() {
    CcvcException e = thrownBy(() -> BaseSalaryTable.readCsv("b.csv", new StringReader(
        "effective_from,amount_vnd,legal_basis\n2024-07-01,2.340.000,A\n")));
    assertThat(e).hasMessage("Catalogue file 'b.csv', line 2: column 'amount_vnd' contains "
        + "'2.340.000', which is not a whole number; write digits only, with no separators.");
  }
}
