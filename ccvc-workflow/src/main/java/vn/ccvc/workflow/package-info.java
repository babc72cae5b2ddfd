/**
 * The profile workflow as a pure state machine: an employee saves and submits, an approver
 * confirms or rejects, a leader syncs confirmed versions to the ministry. Entry point:
 * {@link vn.ccvc.workflow.Workflow}, which decides a {@link vn.ccvc.workflow.Command} against a
 * {@link vn.ccvc.workflow.ProfileState} and returns a {@link vn.ccvc.workflow.Decision}.
 *
 * <p>Nothing in this package reads a clock, touches files or the network, or keeps static
 * mutable state: time arrives as an {@link java.time.Instant} argument, and a host stores states
 * and events through its own {@link vn.ccvc.workflow.WorkflowStore}. Replaying a profile's
 * {@link vn.ccvc.workflow.WorkflowEvent events} rebuilds its state exactly, and
 * {@link vn.ccvc.workflow.UpdateHistory} turns them into the update history shown to users.
 */
@NullMarked
package vn.ccvc.workflow;

import org.jspecify.annotations.NullMarked;
