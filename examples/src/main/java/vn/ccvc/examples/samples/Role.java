package vn.ccvc.examples.samples;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.EmployeeType;
import vn.ccvc.model.Sex;

/**
 * One post of the sample unit and the kind of person in it.
 *
 * <p>Earlier posts are templates in which {@code {place}} stands for the commune or ward and
 * {@code {district}} for the district, each named as it was when the post began.
 *
 * @param position current post (item 12), including the unit
 * @param unit the using agency of the form's header
 * @param type cadre, civil servant or public employee
 * @param rankCode current rank or professional-title code
 * @param entryRankCode rank on recruitment when the employee was promoted since, else null
 * @param track the field studied
 * @param sex the holder's sex, or null to draw it
 * @param minBirthYear earliest birth year of the holder
 * @param maxBirthYear latest birth year of the holder
 * @param earliestRecruitment first day the holder may have been recruited, such as the date the
 *     professional title's code came into force
 * @param earlierPosts posts held before 1 July 2025, oldest first
 * @param leader whether the post is a leading one: party membership, political theory and
 *     state-management training follow from it
 * @param partyCommitteePosts the party committee posts of the holder, or null
 * @param concurrentPositions posts held concurrently, or null
 * @param reprimanded whether the holder received a reprimand some years ago
 */
record Role(
    String position,
    String unit,
    EmployeeType type,
    String rankCode,
    @Nullable String entryRankCode,
    Track track,
    @Nullable Sex sex,
    int minBirthYear,
    int maxBirthYear,
    LocalDate earliestRecruitment,
    List<String> earlierPosts,
    boolean leader,
    @Nullable String partyCommitteePosts,
    @Nullable String concurrentPositions,
    boolean reprimanded) {

  Role {
    earlierPosts = List.copyOf(earlierPosts);
  }

  /** The rank the holder was recruited to. */
  String firstRankCode() {
    return entryRankCode != null ? entryRankCode : rankCode;
  }
}
