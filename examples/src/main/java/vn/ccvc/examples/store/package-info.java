/**
 * A {@link vn.ccvc.workflow.WorkflowStore} kept in a folder of JSON files, one per profile,
 * each written atomically, and the organization file beside them. Entry points:
 * {@link vn.ccvc.examples.store.JsonFileWorkflowStore} and
 * {@link vn.ccvc.examples.store.OrganizationFile}. The format is described in
 * {@code docs/state-format.md}.
 *
 * <p>This package lives in the examples because it does file I/O, which the workflow module
 * leaves to its hosts.
 */
@NullMarked
package vn.ccvc.examples.store;

import org.jspecify.annotations.NullMarked;
