/**
 * Implementation of {@link vn.ccvc.model.json.ProfileCodec}: the Jackson 2 set-up, the two
 * reading passes and the translation of Jackson's errors. Not exported: no Jackson type may
 * reach the SDK's API, so a host on either Jackson line can embed it. Opened to Jackson's
 * databind module only, which instantiates {@link vn.ccvc.model.json.internal.EmptySectionFilter}.
 */
@NullMarked
package vn.ccvc.model.json.internal;

import org.jspecify.annotations.NullMarked;
