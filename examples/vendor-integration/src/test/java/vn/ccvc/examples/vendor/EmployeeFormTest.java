package vn.ccvc.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Severity;
import vn.ccvc.model.validation.Stage;

class EmployeeFormTest {

  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final EmployeeForm FORM = new EmployeeForm(validator("vi"), validator("en"));

  private static Profile record;
  private static CitizenId owner;

  @BeforeAll
  static void readRecord() throws IOException {
    try (InputStream in = EmployeeFormTest.class.getResourceAsStream(
        "/sample-unit/01-bui-thi-thuy.json")) {
      record = ProfileCodec.create().read(in);
    }
    owner = CitizenId.parse(record.identity().citizenId());
  }

  @Test
  void correctForm_isAcceptedWithNoMessages() {
    EmployeeForm.Outcome outcome = FORM.check(owner, record, posted(), Stage.SUBMISSION);

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.messages()).isEmpty();
    assertThat(outcome.report().profile().identity()).isEqualTo(record.identity());
  }

  @Test
  void invalidDate_isShownAtItsField() {
    Map<String, String> posted = posted();
    posted.put("ngay_sinh", "1985-02-30");

    EmployeeForm.Outcome outcome = FORM.check(owner, record, posted, Stage.DRAFT);

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.messages()).containsExactly(new EmployeeForm.FieldError("ngay_sinh",
        "date.invalid", Severity.ERROR,
        "Ngày sinh \"1985-02-30\" không phải ngày hợp lệ; hãy viết theo dạng yyyy-MM-dd, "
            + "yyyy-MM, yyyy với năm từ 1000 đến 9999 và ngày, tháng có trên lịch (không có "
            + "ngày 30/02, ngày 29/02 chỉ có ở năm nhuận).",
        "Date of birth \"1985-02-30\" is not a valid date; write it as yyyy-MM-dd, yyyy-MM, "
            + "yyyy with a year from 1000 to 9999 and a day and month that exist (there is no "
            + "30 February, and 29 February only in leap years)."));
  }

  @Test
  void unknownCatalogueCode_isShownAtItsField() {
    Map<String, String> posted = posted();
    posted.put("dan_toc", "99");

    EmployeeForm.Outcome outcome = FORM.check(owner, record, posted, Stage.DRAFT);

    assertThat(outcome.messages()).containsExactly(new EmployeeForm.FieldError("dan_toc",
        "catalog.unknownCode", Severity.ERROR,
        "Dân tộc \"99\" không có trong danh mục dân tộc; hãy chọn một mã có trong danh mục.",
        "Ethnic group \"99\" is not in the ethnic group catalogue; choose a code from the "
            + "catalogue."));
  }

  @Test
  void unknownSexChoice_isTheFormsOwnError() {
    Map<String, String> posted = posted();
    posted.put("gioi_tinh", "x");

    EmployeeForm.Outcome outcome = FORM.check(owner, record, posted, Stage.DRAFT);

    assertThat(outcome.messages()).containsExactly(new EmployeeForm.FieldError("gioi_tinh",
        EmployeeForm.INVALID_CHOICE, Severity.ERROR,
        "Giới tính \"x\" không hợp lệ: hãy chọn Nam hoặc Nữ.",
        "Sex \"x\" is invalid: choose male or female."));
  }

  @Test
  void missingRequiredField_atSubmission_isShownAtItsField() {
    Map<String, String> posted = posted();
    posted.remove("que_quan");

    EmployeeForm.Outcome draft = FORM.check(owner, record, posted, Stage.DRAFT);
    EmployeeForm.Outcome submission = FORM.check(owner, record, posted, Stage.SUBMISSION);

    assertThat(draft.messages()).isEmpty();
    assertThat(submission.messages()).extracting(EmployeeForm.FieldError::field)
        .containsExactly("que_quan");
    assertThat(submission.messages()).extracting(EmployeeForm.FieldError::code)
        .containsExactly("required");
  }

  @Test
  void fieldOf_pathOutsideTheForm_isPage() {
    assertThat(EmployeeForm.fieldOf("identity.birthDate")).isEqualTo("ngay_sinh");
    assertThat(EmployeeForm.fieldOf("identity.citizenId")).isEqualTo(EmployeeForm.PAGE);
    assertThat(EmployeeForm.fieldOf("salary.history[2].coefficient"))
        .isEqualTo(EmployeeForm.PAGE);
  }

  @Test
  void fieldNames_inPageOrder() {
    assertThat(EmployeeForm.fieldNames()).containsExactly("ho_ten", "ten_goi_khac",
        "ngay_sinh", "gioi_tinh", "noi_sinh", "que_quan", "dan_toc", "ton_giao",
        "ngay_cap_cccd", "noi_cap_cccd");
  }

  @Test
  void postedFields_readBackAsTheSameIdentity() {
    assertThat(posted()).containsEntry("gioi_tinh", "nu");
    assertThat(record.identity().sex()).isEqualTo(Sex.FEMALE);
    assertThat(List.copyOf(posted().keySet())).isSubsetOf(EmployeeForm.fieldNames());
  }

  private static Map<String, String> posted() {
    return VendorIntegration.postedFields(record.identity());
  }

  private static ProfileValidator validator(String language) {
    return ProfileValidator.builder().locale(Locale.forLanguageTag(language)).clock(TODAY)
        .build();
  }
}
