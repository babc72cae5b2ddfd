/**
 * The end-to-end rollout behind {@code ccvc demo}: accounts, declaration, approval, form 2C
 * PDFs, sync to a loopback reference server and the progress report, run on one unit's folder
 * of profiles. {@link vn.ccvc.examples.demo.Rollout} is the entry point.
 */
@NullMarked
package vn.ccvc.examples.demo;

import org.jspecify.annotations.NullMarked;
