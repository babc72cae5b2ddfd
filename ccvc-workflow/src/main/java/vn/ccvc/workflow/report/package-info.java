/**
 * Progress reports a unit sends to the level above: accounts issued, profiles per status and
 * per sync state, completion and sync rates, and the deadline. Entry point:
 * {@link vn.ccvc.workflow.report.ProgressReport}, which also prints itself as CSV or as an
 * aligned text table with Vietnamese or English headings.
 */
@NullMarked
package vn.ccvc.workflow.report;

import org.jspecify.annotations.NullMarked;
