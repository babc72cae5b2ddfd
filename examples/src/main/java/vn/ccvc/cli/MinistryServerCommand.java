package vn.ccvc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.ccvc.sync.server.Faults;
import vn.ccvc.sync.server.MinistryServer;

/**
 * {@code ccvc ministry-server}: runs the reference ministry endpoint on 127.0.0.1 until the
 * process is terminated. Its first output line is {@code listening on http://127.0.0.1:PORT}.
 */
@Command(
    name = "ministry-server",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Runs the reference ministry endpoint on 127.0.0.1 for tests and demos, until the "
            + "process is terminated.",
        "The first output line is 'listening on http://127.0.0.1:PORT'."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "2:the command line is wrong, or the token file or port cannot be used",
        "3:internal error of the tool (run again with --debug and report it)"})
final class MinistryServerCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = "--faults", paramLabel = "SPEC", defaultValue = "",
      description = "Faults to inject, comma-separated key=value pairs: error-rate, "
          + "throttle-rate, drop-rate, slow-rate (shares 0-1), delay-ms, seed. Example: "
          + "error-rate=0.3,drop-rate=0.05,seed=7.")
  private String faults = "";

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File whose first line is the bearer token every request but /stats must "
          + "carry. Default: no authentication.")
  private @Nullable Path tokenFile;

  /** Creates the command; picocli fills the options. */
  MinistryServerCommand() {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    MinistryServer.Builder builder = MinistryServer.builder();
    try {
      builder.port(port).faults(Faults.parse(faults));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for --faults or --port: "
          + e.getMessage());
    }
    if (tokenFile != null) {
      builder.token(readToken(tokenFile));
    }
    MinistryServer server = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "ccvc-ministry-shutdown"));
    spec.commandLine().getOut().println("listening on " + server.uri());
    spec.commandLine().getOut().flush();
    stopped.await();
    return ExitStatus.OK;
  }

  /** Returns the first line of {@code file}, stripped, for the bearer token. */
  static String readToken(Path file) throws IOException {
    String token = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst()
        .orElse("").strip();
    if (token.isEmpty()) {
      throw new IOException("Token file " + file + " is empty; write the token on its first "
          + "line");
    }
    return token;
  }
}
