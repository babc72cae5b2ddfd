package vn.ccvc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Supplies the text of {@code --version}: the project version that Maven writes into the
 * resource {@value #RESOURCE} when it builds the tool.
 */
final class VersionProvider implements IVersionProvider {

  /** Class-path resource holding {@code version=<project version>}. */
  static final String RESOURCE = "/vn/ccvc/cli/version.properties";

  /** Returns the project version, such as {@code 0.1.0}. */
  static String version() {
    try (InputStream stream = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the version resource " + RESOURCE, e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"ccvc " + version()};
  }
}
