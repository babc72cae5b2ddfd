package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.CitizenIdFormat;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.PersonNameText;
import vn.ccvc.model.validation.Submission;

/**
 * Section I, general information (Thông tin chung): the form's header and items 1–7 and 25 of
 * form 2C-BNV/2008, and the family background of form 2C/TCTW-98.
 *
 * @param managingAgency agency with authority to manage the employee (header)
 * @param usingAgency agency or unit that employs the employee (header)
 * @param staffNumber staff number (số hiệu cán bộ, công chức) of the header
 * @param photo the header's 4×6 cm photo
 * @param fullName item 1, full name at birth, family name first
 * @param familyName family name (họ), when the host stores it apart
 * @param middleName middle name (tên đệm), when the host stores it apart
 * @param givenName given name (tên), when it is not the last word of the full name
 * @param otherNames item 2, other names
 * @param birthDate item 3, {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}
 * @param sex item 3, sex
 * @param placeOfBirth item 4, commune, district and province of birth
 * @param homeTown item 5, home town (quê quán)
 * @param ethnicityCode item 6, code in the ethnic-group catalogue
 * @param religionCode item 7, code in the religion catalogue
 * @param citizenId item 25, the 12-digit personal identification number (CCCD)
 * @param citizenIdIssueDate item 25, the date the ID card was issued
 * @param citizenIdIssuePlace authority that issued the ID card
 * @param formerIdNumber a former 9- or 12-digit identity card number (CMND)
 * @param familyBackground form 2C/TCTW-98 item 10, family background class (thành phần gia đình)
 */
public record Identity(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String managingAgency,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String usingAgency,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @Nullable String staffNumber,
    @Valid
    @Nullable Photo photo,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.NAME, message = Constraints.TOO_LONG)
    @PersonNameText
    @Nullable String fullName,
    @Size(max = Constraints.NAME, message = Constraints.TOO_LONG)
    @PersonNameText
    @Nullable String familyName,
    @Size(max = Constraints.NAME, message = Constraints.TOO_LONG)
    @PersonNameText
    @Nullable String middleName,
    @Size(max = Constraints.NAME, message = Constraints.TOO_LONG)
    @PersonNameText
    @Nullable String givenName,
    @Size(max = Constraints.NAME, message = Constraints.TOO_LONG)
    @PersonNameText
    @Nullable String otherNames,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText
    @Nullable String birthDate,
    @NotNull(groups = Submission.class, message = Constraints.REQUIRED)
    @Nullable Sex sex,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String placeOfBirth,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String homeTown,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.ETHNIC_GROUPS)
    @Nullable String ethnicityCode,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.RELIGIONS)
    @Nullable String religionCode,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @CitizenIdFormat
    @Nullable String citizenId,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText
    @Nullable String citizenIdIssueDate,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String citizenIdIssuePlace,
    @Pattern(regexp = "[0-9]{9}|[0-9]{12}", message = "{ccvc.formerId.format}")
    @Nullable String formerIdNumber,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String familyBackground) {

  static final Identity EMPTY = new Identity(null, null, null, null, null, null, null, null, null,
      null, null, null, null, null, null, null, null, null, null, null);

  /** Creates the section, normalising every text component. */
  public Identity {
    managingAgency = Text.line(managingAgency);
    usingAgency = Text.line(usingAgency);
    staffNumber = Text.line(staffNumber);
    fullName = Text.line(fullName);
    familyName = Text.line(familyName);
    middleName = Text.line(middleName);
    givenName = Text.line(givenName);
    otherNames = Text.line(otherNames);
    birthDate = Text.line(birthDate);
    placeOfBirth = Text.line(placeOfBirth);
    homeTown = Text.line(homeTown);
    ethnicityCode = Text.line(ethnicityCode);
    religionCode = Text.line(religionCode);
    citizenId = Text.line(citizenId);
    citizenIdIssueDate = Text.line(citizenIdIssueDate);
    citizenIdIssuePlace = Text.line(citizenIdIssuePlace);
    formerIdNumber = Text.line(formerIdNumber);
    familyBackground = Text.line(familyBackground);
  }

  /**
   * Returns the person's name as a value, using the explicit family, middle and given names
   * where the host stores them.
   *
   * @throws InvalidValueException if the full name is missing or blank
   */
  public PersonName personName() {
    return PersonName.of(fullName, familyName, middleName, givenName);
  }
}
