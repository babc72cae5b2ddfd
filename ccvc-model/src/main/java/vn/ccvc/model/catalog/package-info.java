/**
 * Catalogues the profile's codes are checked against, read from UTF-8 CSV files bundled with
 * the SDK, any of which a host can replace. Entry point: {@link vn.ccvc.model.catalog.Catalogs}.
 */
@NullMarked
package vn.ccvc.model.catalog;

import org.jspecify.annotations.NullMarked;
