package vn.ccvc.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Constraints;
import vn.ccvc.model.internal.Text;
import vn.ccvc.model.validation.DateText;
import vn.ccvc.model.validation.Submission;

/**
 * Section V, recruitment and current post (Tuyển dụng, công tác hiện tại): items 10–13 and 20,
 * and the extra items 3, 13 and 21 of form 2C/TCTW-98.
 *
 * @param employeeType cadre, civil servant or public employee; decides the printed form's wording
 * @param occupationBeforeRecruitment item 10, occupation when recruited
 * @param recruitmentDate item 11, recruitment date
 * @param recruitingAgency item 11, the agency that recruited the employee
 * @param currentPosition item 12, current post in government, party or organisations
 * @param concurrentPositions item 12, posts held concurrently
 * @param partyCommitteePosts form 2C/TCTW-98 item 3, current and concurrent party committee posts
 * @param mainDuties item 13, main duties
 * @param strengths item 20, strengths at work (sở trường công tác)
 * @param longestHeldJob form 2C/TCTW-98 item 21, the job held longest
 * @param joinedCurrentAgencyDate form 2C/TCTW-98 item 13, date of joining the current agency
 * @param joinedRevolutionDate form 2C/TCTW-98 item 13, date of joining the revolution
 */
public record Employment(
    @NotNull(groups = Submission.class, message = Constraints.REQUIRED)
    @Nullable EmployeeType employeeType,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String occupationBeforeRecruitment,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @DateText
    @Nullable String recruitmentDate,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String recruitingAgency,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String currentPosition,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String concurrentPositions,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String partyCommitteePosts,
    @NotBlank(groups = Submission.class, message = Constraints.REQUIRED)
    @Size(max = Constraints.BLOCK, message = Constraints.TOO_LONG)
    @Nullable String mainDuties,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String strengths,
    @Size(max = Constraints.LINE, message = Constraints.TOO_LONG)
    @Nullable String longestHeldJob,
    @DateText
    @Nullable String joinedCurrentAgencyDate,
    @DateText
    @Nullable String joinedRevolutionDate) {

  static final Employment EMPTY = new Employment(null, null, null, null, null, null, null, null,
      null, null, null, null);

  /** Creates the section, normalising every text component. */
  public Employment {
    occupationBeforeRecruitment = Text.line(occupationBeforeRecruitment);
    recruitmentDate = Text.line(recruitmentDate);
    recruitingAgency = Text.line(recruitingAgency);
    currentPosition = Text.line(currentPosition);
    concurrentPositions = Text.line(concurrentPositions);
    partyCommitteePosts = Text.line(partyCommitteePosts);
    mainDuties = Text.block(mainDuties);
    strengths = Text.line(strengths);
    longestHeldJob = Text.line(longestHeldJob);
    joinedCurrentAgencyDate = Text.line(joinedCurrentAgencyDate);
    joinedRevolutionDate = Text.line(joinedRevolutionDate);
  }
}
