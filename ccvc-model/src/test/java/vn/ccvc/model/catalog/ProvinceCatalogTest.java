package vn.ccvc.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.CcvcAssertions.thrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Sex;

class ProvinceCatalogTest {

  private static final ProvinceCatalog PROVINCES = Catalogs.defaults().provinces();

  @Test
  void buiThiThuy_decodesToThanhHoa() {
    CitizenId id = CitizenId.parse("038185011234");
    Province province = PROVINCES.find(id).orElseThrow();
    assertThat(province.code()).isEqualTo("038");
    assertThat(province.name()).isEqualTo("Thanh Hóa");
    assertThat(province.currentName()).isEqualTo("Thanh Hóa");
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.birthYear()).isEqualTo(1985);
  }

  @Test
  void haGiang_mergedIntoTuyenQuang() {
    Province province = PROVINCES.find("002").orElseThrow();
    assertThat(province.name()).isEqualTo("Hà Giang");
    assertThat(province.currentName()).isEqualTo("Tuyên Quang");
  }

  @Test
  void idPrefixesAreNotTheNewAdministrativeCodes() {
    assertThat(PROVINCES.find("024").map(Province::name)).contains("Bắc Giang");
    assertThat(PROVINCES.find("024").map(Province::currentName)).contains("Bắc Ninh");
    assertThat(PROVINCES.find("027").map(Province::name)).contains("Bắc Ninh");
  }

  @Test
  void find_codeNotInTable() {
    assertThat(PROVINCES.find("003")).isEmpty();
    assertThat(PROVINCES.find("3")).isEmpty();
  }

  @Test
  void all_63CodesMappedTo34Provinces() {
    assertThat(PROVINCES.all()).hasSize(63);
    assertThat(PROVINCES.currentNames()).hasSize(34);
    assertThat(PROVINCES.currentNames()).contains("Huế", "Hồ Chí Minh", "Cà Mau");
  }

  @Test
  void readCsv_invalidCodeNamesLine() {
    CcvcException e = thrownBy(() -> ProvinceCatalog.readCsv("p.csv",
        new StringReader("code,name,current_name\n001,Hà Nội,Hà Nội\n38,Thanh Hóa,Thanh Hóa\n")));
    assertThat(e.code()).isEqualTo("catalog.malformed");
    assertThat(e).hasMessage("Catalogue file 'p.csv', line 3: Province code '38' is not three "
        + "digits; use the code of the citizen-ID table, such as 038.");
  }
}
