package vn.ccvc.workflow.report;

/** The language of a printed report's headings and labels. */
public enum ReportLanguage {
  /** Vietnamese, with a decimal comma in rates. */
  VI,
  /** English, with a decimal point in rates. */
  EN
}
