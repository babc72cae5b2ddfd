/**
 * Output helpers of the command-line tools: text with citizen IDs masked, I/O failures in
 * words, and files that only their owner may read.
 */
@NullMarked
package vn.ccvc.examples.output;

import org.jspecify.annotations.NullMarked;
