package vn.ccvc.sync.internal;

import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportSettings;

/** Provider of the HTTP/JSON transport, for {@code https:} and loopback {@code http:}. */
public final class HttpTransportProvider implements SyncTransportProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public HttpTransportProvider() {}

  @Override
  public String name() {
    return "http";
  }

  @Override
  public boolean supports(TransportSettings settings) {
    String scheme = settings.endpoint().getScheme();
    return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
  }

  @Override
  public SyncTransport create(TransportSettings settings) {
    return new HttpTransport(settings);
  }
}
