/**
 * What the command-line tools print and write: text with citizen IDs masked, and files that
 * only their owner may read.
 */
@NullMarked
package vn.ccvc.examples.output;

import org.jspecify.annotations.NullMarked;
