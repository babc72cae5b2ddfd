/**
 * Implementation helpers of the credentials module: ASCII folding of names ({@link
 * vn.ccvc.credentials.internal.Folding}) and RFC 4180 CSV ({@link
 * vn.ccvc.credentials.internal.CsvReader}, {@link vn.ccvc.credentials.internal.CsvWriter}). Not
 * exported; the API is {@link vn.ccvc.credentials}.
 */
@NullMarked
package vn.ccvc.credentials.internal;

import org.jspecify.annotations.NullMarked;
