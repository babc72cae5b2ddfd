/** Reading and writing profiles as JSON. Entry point: {@link vn.ccvc.model.json.ProfileCodec}. */
@NullMarked
package vn.ccvc.model.json;

import org.jspecify.annotations.NullMarked;
