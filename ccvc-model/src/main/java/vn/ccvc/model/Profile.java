package vn.ccvc.model;

import jakarta.validation.Valid;
import vn.ccvc.model.validation.ConsistentProfile;
import org.jspecify.annotations.Nullable;

/**
 * A civil servant's or public employee's profile: the eleven sections I–XI the employee
 * declares, in the order of the national database's form.
 *
 * <p>A missing section is read as an empty one, so every accessor returns a non-null section.
 * The agency's assessment (form 2C item 32) is not part of the profile: it is written during
 * approval and carried by {@link AgencyAssessment}.
 *
 * @param schemaVersion version of the JSON format this profile was written in, now
 *     {@value #SCHEMA_VERSION}
 * @param identity section I, general information and the citizen ID
 * @param residence section II, residence and contact
 * @param family section III, family relations (items 30a and 30b)
 * @param personalHistory section IV, personal history (item 29)
 * @param employment section V, recruitment and current post
 * @param qualifications section VI, education and training
 * @param workHistory section VII, work history (item 28)
 * @param salary section VIII, rank, salary, allowances and salary history
 * @param awardsAndDiscipline section IX, awards, discipline and yearly ratings
 * @param partyAndMilitary section X, party, socio-political organisations and military service
 * @param healthAndPolicy section XI, health and policy status
 */
@ConsistentProfile
public record Profile(
    int schemaVersion,
    @Valid
    Identity identity,
    @Valid
    Residence residence,
    @Valid
    Family family,
    @Valid
    PersonalHistory personalHistory,
    @Valid
    Employment employment,
    @Valid
    Qualifications qualifications,
    @Valid
    WorkHistory workHistory,
    @Valid
    Salary salary,
    @Valid
    AwardsAndDiscipline awardsAndDiscipline,
    @Valid
    PartyAndMilitary partyAndMilitary,
    @Valid
    HealthAndPolicy healthAndPolicy) {

  /** The JSON format version this SDK writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** Creates a profile, replacing each missing section with an empty one. */
  public Profile(
      int schemaVersion,
      @Nullable Identity identity,
      @Nullable Residence residence,
      @Nullable Family family,
      @Nullable PersonalHistory personalHistory,
      @Nullable Employment employment,
      @Nullable Qualifications qualifications,
      @Nullable WorkHistory workHistory,
      @Nullable Salary salary,
      @Nullable AwardsAndDiscipline awardsAndDiscipline,
      @Nullable PartyAndMilitary partyAndMilitary,
      @Nullable HealthAndPolicy healthAndPolicy) {
    this.schemaVersion = schemaVersion;
    this.identity = identity != null ? identity : Identity.EMPTY;
    this.residence = residence != null ? residence : Residence.EMPTY;
    this.family = family != null ? family : Family.EMPTY;
    this.personalHistory = personalHistory != null ? personalHistory : PersonalHistory.EMPTY;
    this.employment = employment != null ? employment : Employment.EMPTY;
    this.qualifications = qualifications != null ? qualifications : Qualifications.EMPTY;
    this.workHistory = workHistory != null ? workHistory : WorkHistory.EMPTY;
    this.salary = salary != null ? salary : Salary.EMPTY;
    this.awardsAndDiscipline =
        awardsAndDiscipline != null ? awardsAndDiscipline : AwardsAndDiscipline.EMPTY;
    this.partyAndMilitary = partyAndMilitary != null ? partyAndMilitary : PartyAndMilitary.EMPTY;
    this.healthAndPolicy = healthAndPolicy != null ? healthAndPolicy : HealthAndPolicy.EMPTY;
  }

  /** Returns a profile of the current schema version with every section empty. */
  public static Profile empty() {
    return new Profile(SCHEMA_VERSION, null, null, null, null, null, null, null, null, null, null,
        null);
  }
}
