package vn.ccvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccvc ministry-server} and {@code ccvc sync} from the built jar, as separate JVMs. */
class MinistryServerJarIT {

  @TempDir
  Path folder;

  @Test
  void ministryServer_printsAddressAndServesSync() throws Exception {
    Process server = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JarProcess.JAR.toString(), "ministry-server", "--faults", "error-rate=0.2,seed=4")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).matches("listening on http://127\\.0\\.0\\.1:\\d+");
      String url = first.substring("listening on ".length());

      JarProcess sync = JarProcess.run(folder, "sync", "--endpoint", url, "--journal",
          folder.resolve("journal").toString(), "classpath:sample-unit");
      String stats = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "/stats")).build(),
          HttpResponse.BodyHandlers.ofString()).body();

      assertThat(sync.status()).as(sync.err()).isZero();
      assertThat(stats).startsWith("{\"storedRecords\":40,");
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
