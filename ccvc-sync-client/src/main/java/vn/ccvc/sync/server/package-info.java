/**
 * Reference ministry server on the JDK's {@code HttpServer}, for tests, demos and vendors'
 * integration tests. Entry point: {@link vn.ccvc.sync.server.MinistryServer}.
 */
@NullMarked
package vn.ccvc.sync.server;

import org.jspecify.annotations.NullMarked;
