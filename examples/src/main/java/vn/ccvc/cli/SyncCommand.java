package vn.ccvc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;
import vn.ccvc.model.json.ProfileSource;
import vn.ccvc.sync.FileSyncJournal;
import vn.ccvc.sync.Mapping4223;
import vn.ccvc.sync.RecordOutcome;
import vn.ccvc.sync.SyncClient;
import vn.ccvc.sync.SyncItem;
import vn.ccvc.sync.SyncSummary;
import vn.ccvc.sync.SyncTransports;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.SyncProblem;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;

/**
 * {@code ccvc sync}: sends profile files to a ministry endpoint through the journal. Exits 0
 * when every record was accepted or already present, 1 when some were rejected, invalid or
 * failed, and 2 on a wrong command line or unreadable input.
 */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Sends profiles to the ministry endpoint, each once: records are queued in a durable "
            + "journal first, and a later run resends what failed with the same idempotency "
            + "key, derived from the citizen ID and the SHA-256 of the profile's canonical JSON."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every record was accepted or already present",
        "1:some records were rejected, invalid or failed after retries",
        "2:a file cannot be read, or the command line is wrong",
        "3:internal error of the tool (run again with --debug and report it)"})
final class SyncCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--endpoint", paramLabel = "URL", required = true,
      description = "Ministry endpoint: https://..., http:// to a loopback address, or file:DIR "
          + "to export ZIP files.")
  private String endpoint;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File whose first line is the bearer token. Default: no token.")
  private @Nullable Path tokenFile;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50",
      description = "Records per request. Default: ${DEFAULT-VALUE}.")
  private int batchSize;

  @Option(names = "--journal", paramLabel = "DIR", defaultValue = ".ccvc-sync",
      description = "Folder of the durable journal. Default: ${DEFAULT-VALUE}.")
  private Path journalFolder;

  @Option(names = "--sender", paramLabel = "CODE", defaultValue = "CCVC",
      description = "Sender agency code written as MaDonViGui. Default: ${DEFAULT-VALUE}.")
  private String sender;

  @Parameters(paramLabel = "PROFILE_FILES_OR_DIR", arity = "1..*",
      description = "Profile files (.json, .jsonl) or folders of them; classpath:sample-unit "
          + "names the bundled sample unit.")
  private List<String> inputs = new ArrayList<>();

  /** Creates the command; picocli fills the options. */
  SyncCommand() {}

  @Override
  public Integer call() throws IOException {
    if (batchSize < 1) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for --batch-size: " + batchSize + "; use 1 or more.");
    }
    List<SyncItem> items = readItems();
    TransportSettings.Builder settings = TransportSettings.builder(endpointUri());
    if (tokenFile != null) {
      settings.bearerToken(BearerTokenSupplier.of(MinistryServerCommand.readToken(tokenFile)));
    }
    SyncSummary summary;
    try (SyncTransport transport = SyncTransports.open(settings.build());
        FileSyncJournal journal = FileSyncJournal.open(journalFolder)) {
      summary = SyncClient.builder(transport, journal).mapping(Mapping4223.forSender(sender))
          .batchSize(batchSize).build().sync(items);
    }
    print(summary, spec.commandLine().getOut());
    return summary.allSucceeded() ? ExitStatus.OK : ExitStatus.INVALID;
  }

  private URI endpointUri() {
    try {
      URI uri = new URI(endpoint);
      if (uri.getScheme() == null) {
        throw new URISyntaxException(endpoint, "no scheme such as https:");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for --endpoint: '"
          + endpoint + "' is not a URL (" + e.getReason() + "); use https://host/path.");
    }
  }

  private List<SyncItem> readItems() {
    List<SyncItem> items = new ArrayList<>();
    ProfileCodec codec = ProfileCodec.create();
    try (Inputs collected = Inputs.collect(inputs, Language.EN)) {
      for (Inputs.Input input : collected.entries()) {
        ReadError error = input.error();
        Path path = input.path();
        if (error != null || path == null) {
          throw new ParameterException(spec.commandLine(), "Invalid value for "
              + "PROFILE_FILES_OR_DIR: '" + input.name() + "': "
              + (error == null ? "not readable" : error.message()));
        }
        for (ProfileSource source : codec.readAll(List.of(path))) {
          items.add(SyncItem.ofContent(profileOf(input, source)));
        }
      }
    }
    return items;
  }

  private Profile profileOf(Inputs.Input input, ProfileSource source) {
    Profile profile = source.profile();
    if (profile == null) {
      ProfileReadException error = Objects.requireNonNull(source.error(), "error");
      throw new ParameterException(spec.commandLine(), "Cannot read "
          + input.nameOf(source.file()) + ": "
          + OutputText.oneLine(String.valueOf(error.getMessage())));
    }
    return profile;
  }

  private static void print(SyncSummary summary, PrintWriter out) {
    for (RecordOutcome outcome : summary.outcomes()) {
      if (!outcome.outcome().isSuccess()) {
        out.println(outcome.maskedCitizenId() + " " + outcome.outcome() + ": "
            + String.join("; ", outcome.problems().stream().map(SyncCommand::describe)
                .toList()));
      }
    }
    out.println(summary);
  }

  private static String describe(SyncProblem problem) {
    return problem.code() + (problem.field().isEmpty() ? "" : " " + problem.field()) + " "
        + problem.message();
  }
}
