package vn.ccvc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.catalog.Province;

class CitizenIdPropertiesTest {

  private static final List<String> PROVINCE_CODES = Catalogs.defaults().provinces().all()
      .stream().map(Province::code).toList();

  /** Builds the 12 digits {@code PPP G YY RRRRRR} for a province, sex, year and random tail. */
  private static String encode(String province, Sex sex, int year, int tail) {
    int centuryDigit = 2 * ((year - 1900) / 100) + (sex == Sex.FEMALE ? 1 : 0);
    return String.format("%s%d%02d%06d", province, centuryDigit, year % 100, tail);
  }

  @Test
  void decode_returnsEncodedFields() {
    qt().forAll(arbitrary().pick(PROVINCE_CODES), arbitrary().enumValues(Sex.class),
            integers().between(1900, 2199), integers().between(0, 999_999))
        .checkAssert((province, sex, year, tail) -> {
          CitizenId id = CitizenId.parse(encode(province, sex, year, tail));
          assertThat(id.provinceCode()).isEqualTo(province);
          assertThat(id.sex()).isEqualTo(sex);
          assertThat(id.birthYear()).isEqualTo(year);
          assertThat(Catalogs.defaults().provinces().find(id)).isPresent();
        });
  }

  @Test
  void masked_hidesDigits4To8() {
    qt().forAll(arbitrary().pick(PROVINCE_CODES), arbitrary().enumValues(Sex.class),
            integers().between(1900, 2199), integers().between(0, 999_999))
        .checkAssert((province, sex, year, tail) -> {
          String digits = encode(province, sex, year, tail);
          CitizenId id = CitizenId.parse(digits);
          assertThat(id.masked())
              .isEqualTo(digits.substring(0, 3) + "*****" + digits.substring(8));
          assertThat(id.toString()).isEqualTo(id.masked());
        });
  }
}
