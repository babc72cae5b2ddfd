package vn.ccvc.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.Award;
import vn.ccvc.model.Discipline;
import vn.ccvc.model.ForeignLanguage;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Membership;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.catalog.CodeEntry;
import vn.ccvc.model.catalog.CodeList;

/**
 * Writes the items of form 2C-BNV/2008 (Decision 02/2008/QĐ-BNV) in the form's order through
 * a {@link PageFlow}. Not thread-safe: one per document.
 */
final class FormWriter {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final String GAP = "………";

  private final PageFlow flow;
  private final Fonts fonts;
  private final TextCheck check;
  private final Catalogs catalogs;
  private final boolean merged;
  private final Wording wording;
  private final @Nullable String unitPlace;

  FormWriter(PageFlow flow, Fonts fonts, TextCheck check, Catalogs catalogs, FormVariant variant,
      Wording wording, @Nullable String unitPlace) {
    this.flow = flow;
    this.fonts = fonts;
    this.check = check;
    this.catalogs = catalogs;
    this.merged = variant == FormVariant.MERGED;
    this.wording = wording;
    this.unitPlace = unitPlace;
  }

  /** A label and its value on a form line; a null value prints as dots. */
  record Part(String label, @Nullable String value, String field) {}

  static Part part(String label, @Nullable String value, String field) {
    return new Part(label, value, field);
  }

  /** Writes the items in one or more parts on one flowing line, the first with its number. */
  void item(float x0, Part... parts) {
    List<Run> runs = new ArrayList<>();
    boolean endsEmpty = false;
    for (int i = 0; i < parts.length; i++) {
      Part part = parts[i];
      String separator = part.label().endsWith(" Sinh") ? " " : ": ";
      String label = (i == 0 ? "" : "; ") + part.label() + separator;
      runs.add(new Run(label, fonts.regular));
      String value = part.value() == null ? null : check.line(part.field(), part.value());
      endsEmpty = value == null || value.isEmpty();
      if (!endsEmpty) {
        runs.add(new Run(value, fonts.bold));
      } else if (i < parts.length - 1) {
        runs.add(new Run(GAP, fonts.regular));
      }
    }
    flow.paragraph(runs, x0, flow.right(), 0, PageFlow.BODY_SIZE);
    if (endsEmpty) {
      flow.dotsAfterLast();
    }
  }

  void item(Part... parts) {
    item(flow.left(), parts);
  }

  /** Writes a heading line in the body font, such as the label above a table. */
  void heading(String text) {
    flow.skip(2);
    flow.paragraph(List.of(new Run(text, fonts.regular)), flow.left(), flow.right(), 0,
        PageFlow.BODY_SIZE);
  }

  /** Writes a block of text, one paragraph per line of the value, indented. */
  void block(@Nullable String text, String field, int emptyLines) {
    if (text == null) {
      for (int i = 0; i < emptyLines; i++) {
        flow.dotLine(PageFlow.BODY_SIZE);
      }
      return;
    }
    for (String paragraph : text.split("\n")) {
      String line = check.line(field, paragraph);
      if (!line.isEmpty()) {
        flow.paragraph(List.of(new Run(line, fonts.bold)), flow.left() + 15, flow.right(), -15,
            PageFlow.BODY_SIZE);
      }
    }
  }

  PDFont italic() {
    return fonts.italic;
  }

  PDFont regular() {
    return fonts.regular;
  }

  String capitals(@Nullable String name) {
    return name == null ? "" : name.toUpperCase(VIETNAMESE);
  }

  /** Writes items 1–7 beside the photo box, starting at {@code x0}. */
  void personal(Profile profile, float x0) {
    Identity id = profile.identity();
    item(x0, part("1) Họ và tên khai sinh (viết chữ in hoa)",
        id.fullName() == null ? null : capitals(id.fullName()), "identity.fullName"));
    item(x0, part("2) Tên gọi khác", id.otherNames(), "identity.otherNames"));
    item(x0, part("3) Sinh", Dates.spelled(id.birthDate()), "identity.birthDate"),
        part("Giới tính (nam, nữ)", sex(id.sex()), "identity.sex"));
    item(x0, part("4) Nơi sinh", id.placeOfBirth(), "identity.placeOfBirth"));
    item(x0, part("5) Quê quán", id.homeTown(), "identity.homeTown"));
    item(x0, part("6) Dân tộc", name(catalogs.ethnicGroups(), id.ethnicityCode()),
        "identity.ethnicityCode"),
        part("7) Tôn giáo", name(catalogs.religions(), id.religionCode()),
            "identity.religionCode"));
    if (merged) {
      item(x0, part("Thành phần gia đình xuất thân", id.familyBackground(),
          "identity.familyBackground"));
    }
  }

  /** Writes items 8–26. */
  void details(Profile profile) {
    residenceAndWork(profile);
    salary(profile);
    qualifications(profile);
    partyAndAwards(profile);
    healthAndIds(profile);
  }

  private void residenceAndWork(Profile profile) {
    var residence = profile.residence();
    var work = profile.employment();
    item(part("8) Nơi đăng ký hộ khẩu thường trú", residence.permanentResidence(),
        "residence.permanentResidence"));
    if (merged) {
      item(part("9) Nơi ở hiện nay", residence.currentResidence(), "residence.currentResidence"),
          part("Điện thoại", residence.phone(), "residence.phone"));
    } else {
      item(part("9) Nơi ở hiện nay", residence.currentResidence(),
          "residence.currentResidence"));
    }
    item(part("10) Nghề nghiệp khi được tuyển dụng", work.occupationBeforeRecruitment(),
        "employment.occupationBeforeRecruitment"));
    item(part("11) Ngày tuyển dụng", Dates.numeric(work.recruitmentDate()),
        "employment.recruitmentDate"),
        part("Cơ quan tuyển dụng", work.recruitingAgency(), "employment.recruitingAgency"));
    if (merged) {
      item(part("Ngày vào cơ quan hiện đang công tác",
          Dates.numeric(work.joinedCurrentAgencyDate()), "employment.joinedCurrentAgencyDate"),
          part("Ngày tham gia cách mạng", Dates.numeric(work.joinedRevolutionDate()),
              "employment.joinedRevolutionDate"));
    }
    String position = work.currentPosition();
    if (position != null && work.concurrentPositions() != null) {
      position = position + "; kiêm " + work.concurrentPositions();
    }
    item(part("12) Chức vụ (chức danh) hiện tại", position, "employment.currentPosition"));
    if (merged) {
      item(part("Cấp ủy hiện tại, cấp ủy kiêm", work.partyCommitteePosts(),
          "employment.partyCommitteePosts"));
    }
    item(part("13) Công việc chính được giao", flat(work.mainDuties()), "employment.mainDuties"));
  }

  private void salary(Profile profile) {
    var salary = profile.salary();
    String rankName = salary.rankCode() == null ? null
        : catalogs.ranks().find(salary.rankCode()).map(r -> r.name()).orElse(null);
    item(part("14) " + wording.rank(), rankName, "salary.rankCode"),
        part("Mã ngạch", salary.rankCode(), "salary.rankCode"),
        part("Bậc lương", text(salary.step()), "salary.step"),
        part("Hệ số", coefficient(salary.coefficient()), "salary.coefficient"),
        part("Ngày hưởng", Dates.numeric(salary.effectiveDate()), "salary.effectiveDate"));
    String beyond = salary.beyondFramePercent() == null ? null
        : salary.beyondFramePercent() + "%";
    item(flow.left() + 15,
        part("Phụ cấp chức vụ", coefficient(salary.positionAllowance()),
            "salary.positionAllowance"),
        part("Phụ cấp thâm niên vượt khung", beyond, "salary.beyondFramePercent"),
        part("Phụ cấp khác", salary.otherAllowances(), "salary.otherAllowances"));
  }

  private void qualifications(Profile profile) {
    var q = profile.qualifications();
    float x = flow.left() + 15;
    item(x, part("15.1- Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)",
        q.generalEducation(), "qualifications.generalEducation"));
    String level = join(", ", name(catalogs.educationLevels(), q.professionalLevelCode()),
        q.professionalField(), q.academicTitle());
    item(x, part("15.2- Trình độ chuyên môn cao nhất", level,
        "qualifications.professionalLevelCode"));
    item(x, part("15.3- Lý luận chính trị", name(catalogs.politicalTheoryLevels(),
        q.politicalTheoryCode()), "qualifications.politicalTheoryCode"));
    item(x, part("15.4- Quản lý nhà nước", name(catalogs.stateManagementLevels(),
        q.stateManagementCode()), "qualifications.stateManagementCode"));
    item(x, part("15.5- Ngoại ngữ", list(q.foreignLanguages(), FormWriter::language),
        "qualifications.foreignLanguages"));
    item(x, part("15.6- Tin học", q.itLevel(), "qualifications.itLevel"));
  }

  private void partyAndAwards(Profile profile) {
    var party = profile.partyAndMilitary();
    var awards = profile.awardsAndDiscipline();
    item(part("16) Ngày vào Đảng Cộng sản Việt Nam", Dates.numeric(party.partyAdmissionDate()),
        "partyAndMilitary.partyAdmissionDate"),
        part("Ngày chính thức", Dates.numeric(party.partyOfficialDate()),
            "partyAndMilitary.partyOfficialDate"));
    item(part("17) Ngày tham gia tổ chức chính trị - xã hội",
        list(party.organisations(), FormWriter::membership), "partyAndMilitary.organisations"));
    item(part("18) Ngày nhập ngũ", Dates.numeric(party.enlistmentDate()),
        "partyAndMilitary.enlistmentDate"),
        part("Ngày xuất ngũ", Dates.numeric(party.dischargeDate()),
            "partyAndMilitary.dischargeDate"),
        part("Quân hàm cao nhất", party.highestMilitaryRank(),
            "partyAndMilitary.highestMilitaryRank"));
    item(part("19) Danh hiệu được phong tặng cao nhất", awards.honoraryTitle(),
        "awardsAndDiscipline.honoraryTitle"));
    var work = profile.employment();
    if (merged) {
      item(part("20) Sở trường công tác", work.strengths(), "employment.strengths"),
          part("Công việc đã làm lâu nhất", work.longestHeldJob(), "employment.longestHeldJob"));
    } else {
      item(part("20) Sở trường công tác", work.strengths(), "employment.strengths"));
    }
    item(part("21) Khen thưởng", list(awards.awards(), this::award),
        "awardsAndDiscipline.awards"),
        part("22) Kỷ luật", list(awards.disciplines(), this::discipline),
            "awardsAndDiscipline.disciplines"));
  }

  private void healthAndIds(Profile profile) {
    var health = profile.healthAndPolicy();
    var id = profile.identity();
    item(part("23) Tình trạng sức khoẻ", health.healthStatus(), "healthAndPolicy.healthStatus"),
        part("Chiều cao", health.heightCm() == null ? null : health.heightCm() + " cm",
            "healthAndPolicy.heightCm"),
        part("Cân nặng", health.weightKg() == null ? null
            : number(health.weightKg()) + " kg", "healthAndPolicy.weightKg"),
        part("Nhóm máu", name(catalogs.bloodGroups(), health.bloodGroup()),
            "healthAndPolicy.bloodGroup"));
    item(part("24) Là thương binh hạng", health.warInvalidGrade(),
        "healthAndPolicy.warInvalidGrade"),
        part("Là con gia đình chính sách", health.policyFamily(), "healthAndPolicy.policyFamily"));
    item(part("25) Số căn cước công dân", id.citizenId(), "identity.citizenId"),
        part("Ngày cấp", Dates.numeric(id.citizenIdIssueDate()), "identity.citizenIdIssueDate"),
        part("Nơi cấp", id.citizenIdIssuePlace(), "identity.citizenIdIssuePlace"));
    if (id.formerIdNumber() != null) {
      item(flow.left() + 15, part("Số chứng minh nhân dân cũ", id.formerIdNumber(),
          "identity.formerIdNumber"));
    }
    item(part("26) Số sổ BHXH", profile.salary().socialInsuranceNumber(),
        "salary.socialInsuranceNumber"));
  }

  /** Writes item 32 and the closing signature block. */
  void closing(Profile profile, @Nullable AgencyAssessment assessment) {
    flow.skip(4);
    heading("32) Nhận xét, đánh giá của cơ quan, đơn vị quản lý và sử dụng "
        + (wording == Wording.PUBLIC_EMPLOYEE ? "viên chức" : "cán bộ, công chức"));
    block(assessment == null ? null : assessment.text(), "assessment.text", 4);
    signatures(profile, assessment);
  }

  private void signatures(Profile profile, @Nullable AgencyAssessment assessment) {
    float size = PageFlow.BODY_SIZE;
    flow.ensure(PageFlow.leading(size) * 9);
    flow.skip(6);
    float middle = flow.left() + (flow.right() - flow.left()) * 0.42f;
    String place = "……………";
    if (assessment != null && assessment.place() != null) {
      place = check.line("assessment.place", assessment.place());
    } else if (unitPlace != null) {
      place = check.line("unit place", unitPlace);
    }
    String date = assessment == null ? null : assessment.date();
    String when = date == null ? "ngày …… tháng …… năm ……" : Dates.spelled(date);
    float top = flow.y();
    flow.centered(place + ", " + when, fonts.italic, size, middle, flow.right());
    flow.centered(wording.signer(), fonts.bold, size, middle, flow.right());
    flow.centered("(Ký tên, đóng dấu)", fonts.italic, size, middle, flow.right());
    flow.skip(PageFlow.leading(size) * 3);
    if (assessment != null && assessment.signerName() != null) {
      flow.centered(check.line("assessment.signerName", assessment.signerName()), fonts.bold,
          size, middle, flow.right());
    }
    float bottom = flow.y();
    flow.moveTo(top - PageFlow.leading(size));
    flow.centered("Người khai", fonts.bold, size, flow.left(), middle);
    flow.centered("Tôi xin cam đoan những lời khai", fonts.italic, size, flow.left(), middle);
    flow.centered("trên đây là đúng sự thật", fonts.italic, size, flow.left(), middle);
    flow.centered("(Ký tên, ghi rõ họ tên)", fonts.italic, size, flow.left(), middle);
    flow.skip(PageFlow.leading(size) * 2);
    String name = profile.identity().fullName();
    if (name != null) {
      flow.centered(check.line("identity.fullName", name), fonts.bold, size, flow.left(),
          middle);
    }
    flow.moveTo(Math.min(bottom, flow.y()));
  }

  @Nullable String name(CodeList list, @Nullable String code) {
    if (code == null) {
      return null;
    }
    return list.find(code).map(CodeEntry::name).orElse(code);
  }

  private static @Nullable String sex(@Nullable Sex sex) {
    if (sex == null) {
      return null;
    }
    return sex == Sex.MALE ? "Nam" : "Nữ";
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  /** Formats a decimal with a comma, as Vietnamese writes {@code 52,5}. */
  static @Nullable String number(@Nullable BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /**
   * Formats a salary or allowance coefficient with at least two decimals and a comma, as the
   * salary scale prints it: {@code 3,00}, {@code 3,99}.
   */
  static @Nullable String coefficient(@Nullable BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal shown = value.scale() < 2 ? value.setScale(2) : value;
    return shown.toPlainString().replace('.', ',');
  }

  private static @Nullable String flat(@Nullable String block) {
    return block == null ? null : block.replace('\n', ' ');
  }

  static @Nullable String join(String separator, @Nullable String... values) {
    List<String> present = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        present.add(value);
      }
    }
    return present.isEmpty() ? null : String.join(separator, present);
  }

  private static <T> @Nullable String list(List<T> items, Function<T, @Nullable String> format) {
    List<String> texts = new ArrayList<>();
    for (T item : items) {
      Optional.ofNullable(format.apply(item)).ifPresent(texts::add);
    }
    return texts.isEmpty() ? null : String.join("; ", texts);
  }

  private static @Nullable String language(ForeignLanguage language) {
    return join(" ", language.language(), language.level());
  }

  private static @Nullable String membership(Membership membership) {
    String when = Dates.numeric(membership.joinDate());
    return join(", ", membership.organisation(), when == null ? null : "từ " + when,
        membership.role());
  }

  private @Nullable String award(Award award) {
    return join(", ", name(catalogs.awardForms(), award.formCode()), award.description(),
        award.year() == null ? null : "năm " + award.year());
  }

  private @Nullable String discipline(Discipline discipline) {
    return join(", ", name(catalogs.disciplineForms(), discipline.formCode()),
        discipline.authority(), discipline.reason(), Dates.numeric(discipline.decisionDate()));
  }
}
