package vn.ccvc.examples.vendor;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportSettings;

/**
 * Sync provider for the vendor's outbound gateway, chosen by the endpoint schemes
 * {@code gateway+https://host/path} and {@code gateway+http://127.0.0.1:PORT/path}. The
 * transport it creates, {@link GatewayTransport}, sends each record in a request of its own.
 *
 * <p>Found by {@link java.util.ServiceLoader} through its line in
 * {@code META-INF/services/vn.ccvc.sync.spi.SyncTransportProvider}.
 */
public final class GatewayTransportProvider implements SyncTransportProvider {

  /** Error code of an endpoint this provider rejects because it is not secure. */
  public static final String INSECURE_CODE = "gateway.insecureEndpoint";

  private static final String PREFIX = "gateway+";
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "[::1]", "::1");
  private static final Pattern LOOPBACK_IPV4 =
      Pattern.compile("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public GatewayTransportProvider() {}

  @Override
  public String name() {
    return "vendor-gateway";
  }

  @Override
  public boolean supports(TransportSettings settings) {
    String scheme = settings.endpoint().getScheme();
    return scheme != null && (scheme.equalsIgnoreCase(PREFIX + "https")
        || scheme.equalsIgnoreCase(PREFIX + "http"));
  }

  /**
   * Creates a transport that posts to the endpoint without the {@code gateway+} prefix.
   *
   * @throws CcvcException with code {@value #INSECURE_CODE} if the endpoint is plain HTTP to a
   *     host that is not loopback, because the records contain personal data
   */
  @Override
  public SyncTransport create(TransportSettings settings) {
    URI target = URI.create(settings.endpoint().toString().substring(PREFIX.length()));
    if (target.getScheme().equalsIgnoreCase("http") && !isLoopback(target.getHost())) {
      throw new CcvcException(INSECURE_CODE, "The gateway endpoint " + settings.endpoint()
          + " is plain HTTP to a host that is not loopback, and records contain personal "
          + "data. Use gateway+https:// instead.");
    }
    return new GatewayTransport(settings, target);
  }

  /** Tells whether {@code host} is a loopback name or address, judged without a DNS lookup. */
  private static boolean isLoopback(@Nullable String host) {
    String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return LOOPBACK_HOSTS.contains(name) || LOOPBACK_IPV4.matcher(name).matches();
  }
}
