/**
 * Initial credentials for employees' accounts and the first-login password rules.
 *
 * <p>Entry points: {@link vn.ccvc.credentials.CredentialIssuer} issues credentials with a
 * {@link vn.ccvc.credentials.PasswordScheme} (the national rollout's
 * {@link vn.ccvc.credentials.NationalScheme} or the secure
 * {@link vn.ccvc.credentials.RandomScheme}), for one person or a unit, and
 * {@link vn.ccvc.credentials.CredentialCsv} writes them out. At login,
 * {@link vn.ccvc.credentials.AccountPolicy} enforces single use, expiry and the password
 * change, {@link vn.ccvc.credentials.NewPasswordPolicy} checks the new password,
 * {@link vn.ccvc.credentials.PasswordHasher} stores it and
 * {@link vn.ccvc.credentials.LoginThrottle} slows down guessing. The policies are pure: time is
 * passed in, never read from a clock.
 *
 * <p>Nothing here logs or puts in a message a password, a hash or a full citizen ID; IDs are
 * masked as {@code 038*****1234}.
 */
@NullMarked
package vn.ccvc.credentials;

import org.jspecify.annotations.NullMarked;
