/**
 * The civil-servant profile: eleven immutable section records I–XI under
 * {@link vn.ccvc.model.Profile}, the agency's assessment kept apart from them, and value types that parse the profile's
 * formatted fields ({@link vn.ccvc.model.CitizenId}, {@link vn.ccvc.model.PartialDate},
 * {@link vn.ccvc.model.Period}, {@link vn.ccvc.model.PersonName},
 * {@link vn.ccvc.model.SalaryStep}).
 *
 * <p>Records keep formatted values such as dates and the citizen ID as the text the employee
 * entered, so a profile with a mistake can still be saved, read back and shown; validation
 * reports the mistake. Text components are normalised on construction: Unicode NFC, surrounding
 * and repeated white space (including no-break spaces) collapsed. Every record is immutable and
 * safe to share between threads.
 */
@NullMarked
package vn.ccvc.model;

import org.jspecify.annotations.NullMarked;
