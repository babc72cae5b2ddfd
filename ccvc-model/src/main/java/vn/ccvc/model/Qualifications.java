package vn.ccvc.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.CatalogCode;
import vn.ccvc.model.validation.CatalogName;
import vn.ccvc.model.validation.Submission;

/**
 * Section VI, qualifications and training (Trình độ, đào tạo, bồi dưỡng): items 15.1–15.6 and
 * table 27.
 *
 * @param generalEducation item 15.1, general education, such as {@code 12/12}
 * @param professionalLevelCode item 15.2, highest professional level, code in the education-level
 *     catalogue
 * @param professionalField item 15.2, the field of that level
 * @param academicTitle highest academic title (học hàm) of form 2C/TCTW-98 item 17
 * @param politicalTheoryCode item 15.3, code in the political-theory level catalogue
 * @param stateManagementCode item 15.4, code in the state-management level catalogue
 * @param foreignLanguages item 15.5
 * @param itLevel item 15.6, IT level or certificate
 * @param training table 27
 */
public record Qualifications(
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @Nullable String generalEducation,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.EDUCATION_LEVELS)
    @Nullable String professionalLevelCode,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String professionalField,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String academicTitle,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.POLITICAL_THEORY_LEVELS)
    @Nullable String politicalTheoryCode,
    @Size(max = Constraints.CODE, message = Constraints.TOO_LONG)
    @CatalogCode(CatalogName.STATE_MANAGEMENT_LEVELS)
    @Nullable String stateManagementCode,
    List<@Valid ForeignLanguage> foreignLanguages,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String itLevel,
    List<@Valid Training> training) {

  static final Qualifications EMPTY = new Qualifications(null, null, null, null, null, null, null,
      null, null);

  /** Creates the section, normalising every text component; a missing list is read as empty. */
  public Qualifications(
      @Nullable String generalEducation,
      @Nullable String professionalLevelCode,
      @Nullable String professionalField,
      @Nullable String academicTitle,
      @Nullable String politicalTheoryCode,
      @Nullable String stateManagementCode,
      @Nullable List<ForeignLanguage> foreignLanguages,
      @Nullable String itLevel,
      @Nullable List<Training> training) {
    this.generalEducation = Text.line(generalEducation);
    this.professionalLevelCode = Text.line(professionalLevelCode);
    this.professionalField = Text.line(professionalField);
    this.academicTitle = Text.line(academicTitle);
    this.politicalTheoryCode = Text.line(politicalTheoryCode);
    this.stateManagementCode = Text.line(stateManagementCode);
    this.foreignLanguages = Text.list(foreignLanguages);
    this.itLevel = Text.line(itLevel);
    this.training = Text.list(training);
  }
}
