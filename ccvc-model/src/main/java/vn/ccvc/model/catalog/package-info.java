/** Package of the profile model; see the module description. */
@NullMarked
package vn.ccvc.model.catalog;

import org.jspecify.annotations.NullMarked;
