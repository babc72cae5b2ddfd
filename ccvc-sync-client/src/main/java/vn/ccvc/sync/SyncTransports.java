package vn.ccvc.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportSettings;

/** Finds transport providers with {@link ServiceLoader} and opens transports by endpoint. */
public final class SyncTransports {

  private SyncTransports() {}

  /** Returns every provider on the module path or class path, the built-in ones first. */
  public static List<SyncTransportProvider> providers() {
    List<SyncTransportProvider> providers = new ArrayList<>();
    ServiceLoader.load(SyncTransportProvider.class, SyncTransports.class.getClassLoader())
        .forEach(providers::add);
    return providers;
  }

  /**
   * Opens a transport with the first provider that supports the endpoint's scheme.
   *
   * @throws SyncException with code {@code sync.noProvider} if no provider supports it
   * @throws vn.ccvc.model.CcvcException if the provider rejects the settings, such as plain
   *     {@code http://} to a host that is not loopback
   */
  public static SyncTransport open(TransportSettings settings) {
    for (SyncTransportProvider provider : providers()) {
      if (provider.supports(settings)) {
        return provider.create(settings);
      }
    }
    throw new SyncException("sync.noProvider", "No sync transport supports the endpoint "
        + settings.endpoint() + "; use https://, loopback http:// or file:, or add a provider");
  }
}
