/**
 * The sample unit: invented profiles of the staff of a ward People's Committee in Hà Nội, and
 * deliberately invalid profiles with the validation codes each must raise. Entry point:
 * {@link vn.ccvc.examples.samples.SampleUnitGenerator}, which writes both folders from a seed.
 */
@NullMarked
package vn.ccvc.examples.samples;

import org.jspecify.annotations.NullMarked;
