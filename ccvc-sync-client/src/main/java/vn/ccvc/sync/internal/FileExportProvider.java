package vn.ccvc.sync.internal;

import java.nio.file.Path;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.SyncTransportProvider;
import vn.ccvc.sync.spi.TransportSettings;

/** Provider of the file export, for {@code file:} URIs naming a folder for the ZIP files. */
public final class FileExportProvider implements SyncTransportProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public FileExportProvider() {}

  @Override
  public String name() {
    return "file";
  }

  @Override
  public boolean supports(TransportSettings settings) {
    return "file".equalsIgnoreCase(settings.endpoint().getScheme());
  }

  @Override
  public SyncTransport create(TransportSettings settings) {
    return new FileExportTransport(Path.of(settings.endpoint()));
  }
}
