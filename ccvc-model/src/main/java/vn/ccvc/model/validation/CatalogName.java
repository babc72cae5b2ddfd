package vn.ccvc.model.validation;

/** The catalogues a {@link CatalogCode} can name. */
public enum CatalogName {
  /** Ethnic groups. */
  ETHNIC_GROUPS,
  /** Religions. */
  RELIGIONS,
  /** Civil-servant ranks and public-employee professional titles. */
  RANKS,
  /** Professional education levels of item 15.2. */
  EDUCATION_LEVELS,
  /** Political-theory levels of item 15.3. */
  POLITICAL_THEORY_LEVELS,
  /** State-management levels of item 15.4. */
  STATE_MANAGEMENT_LEVELS,
  /** Training modes of table 27. */
  TRAINING_MODES,
  /** Award forms of item 21. */
  AWARD_FORMS,
  /** Discipline forms of item 22. */
  DISCIPLINE_FORMS,
  /** Blood groups of item 23. */
  BLOOD_GROUPS,
  /** Family relations of tables 30a and 30b. */
  FAMILY_RELATIONS,
  /** Yearly performance ratings. */
  YEARLY_RATINGS
}
