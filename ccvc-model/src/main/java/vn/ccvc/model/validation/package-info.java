/** Package of the profile model; see the module description. */
@NullMarked
package vn.ccvc.model.validation;

import org.jspecify.annotations.NullMarked;
