package vn.ccvc.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ccvc.model.validation.SampleProfiles.CLOCK;
import static vn.ccvc.model.validation.SampleProfiles.thuy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.Profile;
import vn.ccvc.model.catalog.Catalogs;
import vn.ccvc.model.catalog.CodeEntry;
import vn.ccvc.model.catalog.CodeList;

/** How a host embeds validation: its own catalogues, or its own Bean Validation bootstrap. */
class HostIntegrationTest {

  @Test
  void hostCatalogue_replacesBundledOne() {
    CodeList ethnicGroups = CodeList.of("ethnic-groups",
        List.of(CodeEntry.of("K", "Kinh"), CodeEntry.of("T", "Tày")));
    Catalogs catalogs = Catalogs.builder().ethnicGroups(ethnicGroups).build();
    ProfileValidator validator =
        ProfileValidator.builder().catalogs(catalogs).clock(CLOCK).build();

    ValidationReport bundledCode = validator.validate(thuy(), Stage.SUBMISSION);
    ValidationReport hostCode = validator.validate(
        ProfilePatch.set(thuy(), "identity.ethnicityCode", "K"), Stage.SUBMISSION);

    assertThat(bundledCode.codes()).containsExactly("catalog.unknownCode");
    assertThat(hostCode.violations()).isEmpty();
  }

  @Test
  void hostsOwnValidator_seesTheModelConstraints() {
    Validator validator = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .clockProvider(() -> CLOCK)
        .buildValidatorFactory()
        .getValidator();
    Profile profile = ProfilePatch.set(thuy(), "identity.citizenId", "12345");

    Set<ConstraintViolation<Profile>> draft = validator.validate(profile, Default.class);
    Set<ConstraintViolation<Profile>> submission =
        validator.validate(Profile.empty(), Submission.class);

    assertThat(draft).extracting(ConstraintViolation::getMessageTemplate)
        .containsExactly("{ccvc.citizenId.format}");
    assertThat(draft).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("identity.citizenId");
    assertThat(submission).extracting(ConstraintViolation::getMessageTemplate)
        .containsOnly("{ccvc.required}");
  }

  @Test
  void lookalikeLetter_isRepairedAndReported() {
    Profile profile = ProfilePatch.set(thuy(), "identity.fullName", "\u00D0ỗ Thị Thủy");
    ProfileValidator validator = ProfileValidator.builder().clock(CLOCK).build();

    ValidationReport report = validator.validate(profile, Stage.SUBMISSION);

    assertThat(report.profile().identity().fullName()).isEqualTo("Đỗ Thị Thủy");
    assertThat(report.codes()).containsExactly("text.lookalikeRepaired");
    Violation warning = report.violations().get(0);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.path()).isEqualTo("identity.fullName");
    assertThat(warning.message()).isEqualTo("Họ và tên khai sinh: ký tự \"\u00D0\" (U+00D0) do "
        + "chuyển đổi bảng mã cũ đã được thay bằng chữ \"Đ\"; hãy kiểm tra lại nội dung.");
  }
}
