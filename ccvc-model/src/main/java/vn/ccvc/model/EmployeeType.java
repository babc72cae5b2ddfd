package vn.ccvc.model;

/**
 * Kind of employment, which decides the wording of the printed résumé form: form 2C-BNV/2008
 * for cadres and civil servants, HS02-VC/BNV for public employees.
 */
public enum EmployeeType {
  /** Cán bộ: elected or appointed to a post for a term. */
  CADRE,
  /** Công chức: recruited to a civil-servant rank (ngạch). */
  CIVIL_SERVANT,
  /** Viên chức: recruited to a professional title (chức danh nghề nghiệp) of a public unit. */
  PUBLIC_EMPLOYEE
}
