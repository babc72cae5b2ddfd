package vn.ccvc.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;

class RankCatalogTest {

  private static final RankCatalog RANKS = Catalogs.defaults().ranks();

  @Test
  void chuyenVien_isA1() {
    Rank rank = RANKS.find("01.003").orElseThrow();
    assertThat(rank.name()).isEqualTo("Chuyên viên");
    assertThat(rank.salaryType()).isEqualTo("A1");
    assertThat(rank.salaryTypes()).containsExactly("A1");
    assertThat(rank.salaryTypeOn(LocalDate.of(2005, 1, 1))).isEqualTo("A1");
  }

  @Test
  void keToanVienTrungCap_typeChanged() {
    Rank rank = RANKS.find("06.032").orElseThrow();
    assertThat(rank.salaryType()).isEqualTo("A0");
    assertThat(rank.salaryTypes()).containsExactly("B", "A0");
    assertThat(rank.salaryTypeOn(LocalDate.of(2022, 7, 17))).isEqualTo("B");
    assertThat(rank.salaryTypeOn(LocalDate.of(2022, 7, 18))).isEqualTo("A0");
  }

  @Test
  void teacherTitleCode() {
    assertThat(RANKS.find("V.07.05.15").map(Rank::salaryType)).contains("A1");
  }

  @Test
  void salaryTypeOn_severalFormerTypes() {
    Rank rank = new Rank("X", "Thử", "A1", List.of(
        new Rank.FormerType("C1", LocalDate.of(2010, 12, 31)),
        new Rank.FormerType("B", LocalDate.of(2020, 12, 31))), null);
    assertThat(rank.salaryTypeOn(LocalDate.of(2010, 12, 31))).isEqualTo("C1");
    assertThat(rank.salaryTypeOn(LocalDate.of(2011, 1, 1))).isEqualTo("B");
    assertThat(rank.salaryTypeOn(LocalDate.of(2021, 1, 1))).isEqualTo("A1");
    assertThat(rank.salaryTypes()).containsExactly("C1", "B", "A1");
  }

  @Test
  void rank_formerTypesOutOfOrder() {
    CcvcException e = thrownBy(() -> new Rank("X", "Thử", "A1", List.of(
        new Rank.FormerType("B", LocalDate.of(2020, 12, 31)),
        new Rank.FormerType("C1", LocalDate.of(2010, 12, 31))), null));
    assertThat(e.code()).isEqualTo("catalog.invalid");
    assertThat(e).hasMessage("The former salary types of rank X must be listed oldest first, "
        + "with later dates; reorder them.");
  }

  @Test
  void readCsv_formerTypes() {
    RankCatalog ranks = RankCatalog.readCsv("r.csv", new StringReader(
        "code,name,salary_type,former_types\nX,Thử,A1,C1 until 2010-12-31; B until 2020-12-31\n"));
    assertThat(ranks.find("X").map(Rank::salaryTypes).orElseThrow())
        .containsExactly("C1", "B", "A1");
  }

  @Test
  void readCsv_badFormerType() {
    CcvcException e = thrownBy(() -> RankCatalog.readCsv("r.csv", new StringReader(
        "code,name,salary_type,former_types\nX,Thử,A1,B before 2020\n")));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'r.csv', line 2: column 'former_types' contains "
        + "'B before 2020'; write each former type as TYPE until yyyy-MM-dd with a real date, "
        + "for example B until 2022-07-17, and separate them with semicolons.");
  }

  @Test
  void readCsv_impossibleDateInFormerType() {
    CcvcException e = thrownBy(() -> RankCatalog.readCsv("r.csv", new StringReader(
        "code,name,salary_type,former_types\nX,Thử,A1,B until 2022-02-30\n")));
    assertThat(e.code()).isEqualTo("catalog.malformed");
  }
}
