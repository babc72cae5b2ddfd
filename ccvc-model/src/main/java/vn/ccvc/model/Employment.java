package vn.ccvc.model;

import org.jspecify.annotations.Nullable;
import vn.ccvc.model.internal.Text;

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
    @Nullable EmployeeType employeeType,
    @Nullable String occupationBeforeRecruitment,
    @Nullable String recruitmentDate,
    @Nullable String recruitingAgency,
    @Nullable String currentPosition,
    @Nullable String concurrentPositions,
    @Nullable String partyCommitteePosts,
    @Nullable String mainDuties,
    @Nullable String strengths,
    @Nullable String longestHeldJob,
    @Nullable String joinedCurrentAgencyDate,
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
