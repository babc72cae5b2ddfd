package vn.ccvc.examples.sync;

import java.nio.file.Path;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportSettings;

/**
 * Example vendor provider for {@code ndjson:} URIs such as {@code ndjson:/var/outbox.ndjson}:
 * it appends each record to one newline-delimited JSON file that the vendor's own uploader
 * reads. Listed in {@code META-INF/services/vn.ccvc.sync.spi.SyncTransportProvider}.
 */
public final class NdjsonOutboxProvider implements SyncTransportProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public NdjsonOutboxProvider() {}

  @Override
  public String name() {
    return "ndjson-outbox";
  }

  @Override
  public boolean supports(TransportSettings settings) {
    return "ndjson".equalsIgnoreCase(settings.endpoint().getScheme());
  }

  @Override
  public SyncTransport create(TransportSettings settings) {
    return new NdjsonOutbox(Path.of(settings.endpoint().getSchemeSpecificPart()));
  }
}
