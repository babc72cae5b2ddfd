/**
 * Service-provider interface for ministry transports. A vendor implements
 * {@link vn.ccvc.sync.spi.SyncTransportProvider} and lists it in {@code module-info} and
 * {@code META-INF/services}.
 */
@NullMarked
package vn.ccvc.sync.spi;

import org.jspecify.annotations.NullMarked;
