package vn.ccvc.sync.spi;

/**
 * Factory of transports, found with {@link java.util.ServiceLoader}. A provider needs a public
 * no-argument constructor and an entry in {@code provides} of its module and in
 * {@code META-INF/services/vn.ccvc.sync.spi.SyncTransportProvider}.
 */
public interface SyncTransportProvider {

  /** Returns the provider's short name, such as {@code http} or {@code file}. */
  String name();

  /** Returns whether this provider sends to {@code settings.endpoint()}, judged by its scheme. */
  boolean supports(TransportSettings settings);

  /**
   * Creates a transport.
   *
   * @throws vn.ccvc.model.CcvcException if the settings are unusable, such as plain HTTP to a
   *     host that is not loopback
   */
  SyncTransport create(TransportSettings settings);
}
