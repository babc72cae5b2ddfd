package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code META-INF/services} files of the built {@code ccvc.jar}: each is the merge of the
 * files of that name in the jar's parts, and {@link ServiceLoader} finds every provider listed.
 */
class ServiceFilesIT {

  private static final String SERVICES = "META-INF/services/";

  @Test
  void everyListedProvider_isFound() throws Exception {
    Map<String, Set<String>> services = servicesInJar();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {JarProcess.JAR.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      for (Map.Entry<String, Set<String>> service : services.entrySet()) {
        Class<?> type = Class.forName(service.getKey(), false, loader);

        assertThat(providerNames(type, loader)).as(service.getKey())
            .containsAll(service.getValue());
      }
    }
  }

  @Test
  void serviceFiles_mergeEveryPart() throws IOException {
    Map<String, Set<String>> services = servicesInJar();
    for (Map.Entry<String, Set<String>> service : services.entrySet()) {
      Set<String> fromParts = new LinkedHashSet<>();
      for (URL url : Collections.list(
          getClass().getClassLoader().getResources(SERVICES + service.getKey()))) {
        try (InputStream stream = url.openStream()) {
          fromParts.addAll(providers(stream));
        }
      }

      assertThat(service.getValue()).as(service.getKey()).containsAll(fromParts);
    }
  }

  @Test
  void expectedServices_present() throws IOException {
    assertThat(servicesInJar()).containsKeys(
        "jakarta.validation.spi.ValidationProvider",
        "org.slf4j.spi.SLF4JServiceProvider",
        "com.fasterxml.jackson.core.JsonFactory");
  }

  private static Map<String, Set<String>> servicesInJar() throws IOException {
    Map<String, Set<String>> services = new LinkedHashMap<>();
    try (JarFile jar = new JarFile(JarProcess.JAR.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        // JLine keeps descriptors of its own in folders below META-INF/services, such as
        // org/jline/terminal/provider/exec; only files directly in it are ServiceLoader's.
        boolean serviceFile = name.startsWith(SERVICES) && !entry.isDirectory()
            && name.indexOf('/', SERVICES.length()) < 0;
        if (serviceFile) {
          try (InputStream stream = jar.getInputStream(entry)) {
            services.put(name.substring(SERVICES.length()), providers(stream));
          }
        }
      }
    }
    return services;
  }

  /** Reads the provider class names of a service file, without comments and blank lines. */
  private static Set<String> providers(InputStream stream) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int comment = line.indexOf('#');
      String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static <S> Set<String> providerNames(Class<S> type, ClassLoader loader) {
    return ServiceLoader.load(type, loader).stream()
        .map(provider -> provider.type().getName())
        .collect(Collectors.toSet());
  }
}
