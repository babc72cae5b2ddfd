/**
 * JUnit 5 extension that starts a {@link vn.ccvc.sync.server.MinistryServer} per test class.
 * JUnit is an optional dependency of this module: only hosts that use this package need it.
 */
@NullMarked
package vn.ccvc.sync.server.junit;

import org.jspecify.annotations.NullMarked;
