/**
 * The profile workflow as a pure state machine, with update history, field-by-field changes and
 * progress reports. Entry points: {@link vn.ccvc.workflow.Workflow} and
 * {@link vn.ccvc.workflow.report.ProgressReport}.
 */
module vn.ccvc.workflow {
  requires transitive vn.ccvc.model;
  requires org.slf4j;
  requires static org.jspecify;

  exports vn.ccvc.workflow;
  exports vn.ccvc.workflow.report;
}
