package vn.ccvc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Employment;
import vn.ccvc.model.PersonalHistory;
import vn.ccvc.model.Profile;

class FormRendererTest {

  private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
  private final FormRenderer renderer = FormRenderer.builder().reproducible(FIXED).build();

  @Test
  void richProfile_everyFilledFieldExtracts() {
    String text = PdfText.all(renderer.render(TestProfiles.rich(), TestProfiles.assessment()));

    List<String> expected = List.of(
        "Ủy ban nhân dân phường Đại Mỗ", "Phòng Văn hóa - Xã hội phường Đại Mỗ",
        "BÙI THỊ THỦY", "ngày 3 tháng 4 năm 1985", "Nữ", "Huyện Hoằng Hóa, tỉnh Thanh Hóa",
        "Kinh", "Tiểu thương",
        "Số 67, ngõ 280 phố Tây Mỗ, phường Đại Mỗ, thành phố Hà Nội",
        "Lao động hợp đồng", "01/02/2009", "Ủy ban nhân dân huyện Từ Liêm",
        "Chuyên viên Phòng Văn hóa - Xã hội phường Đại Mỗ",
        "Tham mưu công tác lao động, người có công, bảo trợ xã hội và trẻ em",
        "01.003", "3,99", "01/02/2024", "12/12", "Công tác xã hội", "Tiếng Anh Trình độ B",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Lao động, chính sách xã hội",
        "156 cm", "44 kg", "038185011234", "29/06/2022", "014460465", "0101526150",
        "Trường Đại học Lao động - Xã hội", "Cử nhân Công tác xã hội",
        "Nhân viên hợp đồng, Ủy ban nhân dân xã Đại Mỗ, huyện Từ Liêm",
        "Bùi Tiến Phong", "1961", "Lưu Kim Thảo", "Đã mất năm 2021",
        "Nguyễn Văn Quỳnh", "Đặng Văn Đức", "Hưởng chế độ hưu trí", "ĐIỀU DƯỠNG VIÊN",
        "02/2009", "2,34", "Hoàn thành tốt nhiệm vụ được giao.", "Có phẩm chất đạo đức tốt.",
        "Nam Từ Liêm, ngày 15 tháng 3 năm 2026", "Trần Quốc Hưng");
    for (String value : expected) {
      assertThat(text).as("extracted text").contains(value);
    }
  }

  @Test
  void decomposedInput_extractsSameAsComposed() {
    Profile composed = TestProfiles.withOtherNames(TestProfiles.rich(), "Nguyễn Thị Quỳnh");
    Profile decomposed = TestProfiles.withOtherNames(TestProfiles.rich(),
        Normalizer.normalize("Nguyễn Thị Quỳnh", Normalizer.Form.NFD));

    String fromNfc = PdfText.all(renderer.render(composed, null));
    String fromNfd = PdfText.all(renderer.render(decomposed, null));

    assertThat(fromNfd).isEqualTo(fromNfc);
    assertThat(fromNfd).contains("Nguyễn Thị Quỳnh");
  }

  @Test
  void pageNumbers_fromPageTwoInTopMargin() {
    byte[] pdf = renderer.render(TestProfiles.rich(), null);
    List<PdfText.Line> lines = PdfText.lines(pdf);
    int pages = renderer.render(TestProfiles.rich(), null, new java.io.ByteArrayOutputStream())
        .pageCount();

    assertThat(pages).isGreaterThanOrEqualTo(3);
    for (int page = 2; page <= pages; page++) {
      PdfText.Line first = firstLine(lines, page);
      assertThat(first.text()).as("first line of page %d", page).isEqualTo(
          String.valueOf(page));
      assertThat(first.top()).as("number height on page %d", page)
          .isLessThan(20 * 72 / 25.4f);
    }
    assertThat(firstLine(lines, 1).text()).isEqualTo("Mẫu 2C-BNV/2008");
  }

  @Test
  void fortyWorkRows_keepRowsWhole() {
    byte[] pdf = renderer.render(TestProfiles.longWork(40), null);
    List<PdfText.Line> lines = PdfText.lines(pdf);

    Map<Integer, Integer> startPage = pageOfMarker(lines, "Bắt đầu dòng ");
    Map<Integer, Integer> endPage = pageOfMarker(lines, "hết-dòng-");
    assertThat(startPage).hasSize(40);
    assertThat(endPage).hasSize(40);
    for (int row = 1; row <= 40; row++) {
      assertThat(endPage.get(row)).as("page of the end of row %d", row)
          .isEqualTo(startPage.get(row));
    }
    List<Integer> pagesWithRows = startPage.values().stream().distinct().sorted().toList();
    assertThat(pagesWithRows.size()).isGreaterThan(1);
    for (int page : pagesWithRows) {
      assertThat(lines.stream().filter(l -> l.page() == page)
          .anyMatch(l -> l.text().startsWith("Từ tháng, năm đến")))
          .as("table header on page %d", page).isTrue();
    }
  }

  @Test
  void rowTallerThanPage_continuesOnNextPage() {
    String longText = "Đoạn văn dài. ".repeat(900);
    Profile profile = TestProfiles.withWork(TestProfiles.sample(), new vn.ccvc.model.WorkHistory(
        List.of(new vn.ccvc.model.WorkPeriod("2001-01", "2002-01", longText + "kết-thúc"))));

    byte[] pdf = renderer.render(profile, null);

    assertThat(PdfText.all(pdf)).contains("kết-thúc");
    List<PdfText.Line> lines = PdfText.lines(pdf);
    int firstPage = lines.stream().filter(l -> l.text().contains("Đoạn văn dài"))
        .mapToInt(PdfText.Line::page).min().orElseThrow();
    int lastPage = lines.stream().filter(l -> l.text().contains("kết-thúc"))
        .mapToInt(PdfText.Line::page).max().orElseThrow();
    assertThat(lastPage).isGreaterThan(firstPage);
    assertThat(lines.stream().filter(l -> l.page() == lastPage)
        .anyMatch(l -> l.text().equals(TableWriter.CONTINUED))).isTrue();
  }

  @Test
  void multiParagraphItem29_rendersEveryParagraph() {
    Profile profile = TestProfiles.withHistory(TestProfiles.sample(), new PersonalHistory(
        "Đoạn thứ nhất về lịch sử bản thân.\nĐoạn thứ hai.\n\nĐoạn thứ ba có\ttab.",
        null, "Không", "Có em gái ở Cộng hòa Liên bang Đức"));

    String text = PdfText.all(renderer.render(profile, null));

    assertThat(text).contains("Đoạn thứ nhất về lịch sử bản thân.");
    assertThat(text).contains("Đoạn thứ hai.");
    assertThat(text).contains("Đoạn thứ ba có tab.");
    assertThat(text).contains("Có em gái ở Cộng hòa Liên bang Đức");
  }

  @Test
  void missingGlyph_namesFieldAndCodePoint() {
    Profile profile = TestProfiles.withOtherNames(TestProfiles.sample(), "Bùi 中");

    assertThatThrownBy(() -> renderer.render(profile, null))
        .isInstanceOf(RenderException.class)
        .hasMessage("Field identity.otherNames contains U+4E2D '中', which the font Liberation"
            + " Serif cannot draw; correct the text, or enable visible replacements.")
        .extracting(e -> ((RenderException) e).code())
        .isEqualTo(RenderException.MISSING_GLYPH_CODE);
  }

  @Test
  void missingGlyph_replacedWhenOptedIn() {
    FormRenderer replacing = FormRenderer.builder().reproducible(FIXED)
        .replaceMissingGlyphs(true).build();
    Profile profile = TestProfiles.withOtherNames(TestProfiles.sample(), "Bùi 中");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    RenderReport report = replacing.render(profile, null, out);

    assertThat(report.replacements())
        .containsExactly(new GlyphReplacement("identity.otherNames", 0x4E2D));
    assertThat(PdfText.all(out.toByteArray())).contains("Tên gọi khác: Bùi ?");
  }

  @Test
  void tabsInValues_doNotFail() {
    Profile profile = TestProfiles.withOtherNames(TestProfiles.sample(), "Bùi\tThủy");

    String text = PdfText.all(renderer.render(profile, null));

    assertThat(text).contains("Tên gọi khác: Bùi Thủy");
  }

  @Test
  void fonts_embeddedAsSubsets() throws Exception {
    try (PDDocument document = Loader.loadPDF(renderer.render(TestProfiles.rich(), null))) {
      int checked = 0;
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font).isInstanceOf(PDType0Font.class);
          assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
          assertThat(font.isEmbedded()).isTrue();
          checked++;
        }
      }
      assertThat(checked).isPositive();
    }
  }

  @Test
  void reproducibleMode_byteIdenticalAfterOtherProfile() {
    byte[] first = renderer.render(TestProfiles.rich(), TestProfiles.assessment());
    renderer.render(TestProfiles.longWork(40), null);
    byte[] second = renderer.render(TestProfiles.rich(), TestProfiles.assessment());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void emptyProfile_rendersDottedForm() {
    String text = PdfText.all(renderer.render(Profile.empty(), null));

    assertThat(text).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC");
    assertThat(text).contains("1) Họ và tên khai sinh (viết chữ in hoa):");
  }

  @Test
  void unitPlace_usedWithoutAssessment() {
    FormRenderer withPlace = FormRenderer.builder().reproducible(FIXED).place("Đại Mỗ").build();

    String text = PdfText.all(withPlace.render(TestProfiles.sample(), null));

    assertThat(text).contains("Đại Mỗ, ngày …… tháng …… năm ……");
  }

  @Test
  void bnv2008Variant_leavesOutPartyFormExtras() {
    FormRenderer strict = FormRenderer.builder().reproducible(FIXED)
        .variant(FormVariant.BNV_2008).build();

    String merged = PdfText.all(renderer.render(TestProfiles.sample(), null));
    String bnv = PdfText.all(strict.render(TestProfiles.sample(), null));

    assertThat(merged).contains("Thành phần gia đình xuất thân: Tiểu thương");
    assertThat(bnv).doesNotContain("Thành phần gia đình xuất thân");
    assertThat(bnv).doesNotContain("Ngày tham gia cách mạng");
  }

  @Test
  void publicEmployee_usesPublicEmployeeWording() {
    Profile p = TestProfiles.sample();
    Employment e = p.employment();
    Employment publicEmployee = new Employment(EmployeeType.PUBLIC_EMPLOYEE,
        e.occupationBeforeRecruitment(), e.recruitmentDate(), e.recruitingAgency(),
        e.currentPosition(), e.concurrentPositions(), e.partyCommitteePosts(), e.mainDuties(),
        e.strengths(), e.longestHeldJob(), e.joinedCurrentAgencyDate(), e.joinedRevolutionDate());
    Profile changed = new Profile(p.schemaVersion(), p.identity(), p.residence(), p.family(),
        p.personalHistory(), publicEmployee, p.qualifications(), p.workHistory(), p.salary(),
        p.awardsAndDiscipline(), p.partyAndMilitary(), p.healthAndPolicy());

    String text = PdfText.all(renderer.render(changed, null));

    assertThat(text).contains("Mẫu HS02-VC/BNV");
    assertThat(text).contains("SƠ YẾU LÝ LỊCH VIÊN CHỨC");
    assertThat(text).contains("Số hiệu viên chức");
    assertThat(text).contains("14) Chức danh nghề nghiệp viên chức");
  }

  private static PdfText.Line firstLine(List<PdfText.Line> lines, int page) {
    return lines.stream().filter(l -> l.page() == page).findFirst().orElseThrow();
  }

  private static Map<Integer, Integer> pageOfMarker(List<PdfText.Line> lines, String marker) {
    return lines.stream().filter(l -> l.text().contains(marker))
        .collect(Collectors.toMap(
            l -> Integer.parseInt(l.text().substring(l.text().indexOf(marker) + marker.length(),
                l.text().indexOf(marker) + marker.length() + 2)),
            PdfText.Line::page, (a, b) -> a));
  }
}
