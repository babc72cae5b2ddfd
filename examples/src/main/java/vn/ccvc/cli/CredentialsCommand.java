package vn.ccvc.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import vn.ccvc.credentials.BatchResult;
import vn.ccvc.credentials.CredentialCsv;
import vn.ccvc.credentials.CredentialException;
import vn.ccvc.credentials.CredentialIssuer;
import vn.ccvc.credentials.CredentialRequest;
import vn.ccvc.credentials.IssuedCredential;
import vn.ccvc.credentials.NameRepair;
import vn.ccvc.credentials.PasswordScheme;
import vn.ccvc.credentials.RowResult;
import vn.ccvc.examples.output.IoProblem;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.examples.output.OwnerOnlyFile;
import vn.ccvc.model.json.ProfileCodec;

/**
 * {@code ccvc credentials}: issues initial credentials, for one person to standard output or
 * for a batch from a CSV or profile file to an owner-only CSV file. Exits with 0 when every
 * row got a credential, 1 when the scheme rejected the person or some rows, and 2 for a wrong
 * command line or an input that cannot be read.
 */
@Command(
    name = "credentials",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
        "Issues initial credentials: the user name is the 12-digit citizen ID, the password "
            + "comes from the scheme. One person: prints username,initialPassword. A batch: "
            + "writes a CSV file that only its owner may read.",
        "The national scheme (given name without diacritics, last four ID digits, @) can be "
            + "computed by anyone who knows the name and ID; the random scheme cannot.",
        "%n  ccvc credentials --citizen-id ID --name \"FULL NAME\" [--given-name NAME]"
            + " [--scheme national|random]",
        "  ccvc credentials --input FILE --output FILE.csv [--force] [--scheme national|random]"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every row got a credential",
        "1:the scheme rejected the person, or some rows (reported on standard error)",
        "2:the command line is wrong, or the input cannot be read",
        "3:internal error of the tool (run again with --debug and report it)"})
final class CredentialsCommand implements Callable<Integer> {

  private static final String NAME = "ccvc credentials";

  private final Clock clock;

  @Spec
  private CommandSpec spec;

  @Option(names = "--citizen-id", paramLabel = "ID",
      description = "One person: the 12-digit citizen ID, which becomes the user name.")
  private @Nullable String citizenId;

  @Option(names = "--name", paramLabel = "FULL NAME",
      description = "One person: the full name, family name first.")
  private @Nullable String fullName;

  @Option(names = "--given-name", paramLabel = "NAME",
      description = "One person: the given name, when it is not the last word of the full "
          + "name (as for Ê Đê and Gia Rai names).")
  private @Nullable String givenName;

  @Option(names = "--input", paramLabel = "FILE",
      description = "Batch: a .csv file with the columns citizenId,fullName and optionally "
          + "givenName, a profile file (.json or .jsonl), or a folder of profile files.")
  private @Nullable Path input;

  @Option(names = "--output", paramLabel = "FILE.csv",
      description = "Batch: the CSV file to write, readable by its owner only.")
  private @Nullable Path output;

  @Option(names = "--force",
      description = "Batch: replace the output file if it exists.")
  private boolean force;

  @Option(names = "--scheme", paramLabel = "national|random", defaultValue = "national",
      converter = SchemeConverter.class,
      description = "The password scheme. Default: ${DEFAULT-VALUE}.")
  private PasswordScheme scheme = PasswordScheme.national();

  /** Creates the command; {@code clock} sets the issue time and the offset of expiresAt. */
  CredentialsCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    boolean single = citizenId != null || fullName != null || givenName != null;
    boolean batch = input != null || output != null || force;
    if (single == batch) {
      throw usage(single
          ? "Use either --citizen-id and --name for one person, or --input and --output for a "
              + "batch, not both."
          : "Missing input: use --citizen-id and --name for one person, or --input and "
              + "--output for a batch.");
    }
    CredentialIssuer issuer = CredentialIssuer.of(scheme, clock);
    return single ? issueOne(issuer) : new Batch(issuer).run();
  }

  private int issueOne(CredentialIssuer issuer) {
    if (citizenId == null || fullName == null) {
      throw usage("Missing " + (citizenId == null ? "--citizen-id" : "--name")
          + ": one person needs both --citizen-id and --name.");
    }
    PrintWriter err = spec.commandLine().getErr();
    IssuedCredential credential;
    try {
      credential = issuer.issue(CredentialRequest.of(citizenId, fullName, givenName));
    } catch (CredentialException e) {
      err.println(NAME + ": " + e.code() + ": " + safe(e.getMessage()));
      return ExitStatus.INVALID;
    }
    reportRepairs(err, "", credential.repairs());
    PrintWriter out = spec.commandLine().getOut();
    out.println(credential.username() + "," + credential.initialPassword());
    return ExitStatus.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Returns text for standard error: one line, citizen IDs masked. */
  private static String safe(@Nullable String text) {
    return OutputText.maskCitizenIds(OutputText.oneLine(text));
  }

  private static void reportRepairs(PrintWriter err, String where, List<NameRepair> repairs) {
    for (NameRepair repair : repairs) {
      err.println(NAME + ": " + where + "warning: replaced the look-alike character "
          + safe(repair.toString()) + "; correct the name in the source.");
    }
  }

  /** The batch form: reads the input, issues, writes the output, reports on standard error. */
  private final class Batch {
    private final CredentialIssuer issuer;
    private final PrintWriter err = spec.commandLine().getErr();

    Batch(CredentialIssuer issuer) {
      this.issuer = issuer;
    }

    int run() {
      if (input == null || output == null) {
        throw usage("Missing " + (input == null ? "--input" : "--output")
            + ": a batch needs both --input and --output.");
      }
      boolean folder = Files.isDirectory(input);
      boolean csv = !folder && hasExtension(input, ".csv");
      if (!folder && !csv && !hasExtension(input, ".json") && !hasExtension(input, ".jsonl")) {
        throw usage("Invalid value for option '--input': '" + input + "' is not a .csv, .json "
            + "or .jsonl file or a folder of profiles.");
      }
      if (!folder && !Files.isRegularFile(input)) {
        return inputError("cannot read '" + input + "': file not found.");
      }
      if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)
          && !Files.isSymbolicLink(output)) {
        return inputError("'" + output + "' is not a regular file (it is a folder, device, pipe "
            + "or socket); name a new .csv file with --output.");
      }
      if (!folder && Files.exists(output) && isSameFile(input, output)) {
        return inputError("--output '" + output + "' is the input file; name another file, "
            + "so the input is kept.");
      }
      if (!force && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        return inputError("'" + output + "' exists; pass --force to replace it.");
      }
      BatchResult result;
      try {
        result = csv ? issuer.issueCsv(input) : issueProfiles(input);
      } catch (CredentialException e) {
        return inputError(e.code() + ": " + safe(e.getMessage()));
      }
      if (result == null) {
        return ExitStatus.INPUT_ERROR;
      }
      reportRows(result, csv);
      return finish(result, output);
    }

    private static boolean isSameFile(Path input, Path output) {
      try {
        return Files.isSameFile(input, output);
      } catch (IOException e) {
        return false;
      }
    }

    /** Issues for a profile file; returns null when no profile in it could be read. */
    private @Nullable BatchResult issueProfiles(Path file) {
      BatchResult result = issuer.issueSources(ProfileCodec.create().readAll(List.of(file)));
      boolean nothingRead = result.failed().stream().allMatch(row -> row.request() == null)
          && result.issued().isEmpty();
      if (nothingRead) {
        String reason = result.rows().isEmpty() ? "the file contains no profile."
            : safe(result.failed().get(0).error().getMessage());
        inputError("cannot read '" + file + "': " + reason);
        return null;
      }
      return result;
    }

    private void reportRows(BatchResult result, boolean csv) {
      for (RowResult row : result.rows()) {
        String where = (csv ? "line " : "profile ") + row.row() + ": ";
        if (row instanceof RowResult.Failed failed) {
          err.println(NAME + ": " + where + failed.error().code() + ": "
              + safe(failed.error().getMessage()));
        } else if (row instanceof RowResult.Issued issued) {
          reportRepairs(err, where, issued.credential().repairs());
        }
      }
    }

    private int finish(BatchResult result, Path target) {
      List<RowResult.Issued> issued = result.issued();
      if (!issued.isEmpty()) {
        try {
          OwnerOnlyFile.write(target, force, out -> writeCsv(out, issued));
        } catch (FileAlreadyExistsException e) {
          return inputError("'" + target + "' exists; pass --force to replace it.");
        } catch (IOException e) {
          return inputError("cannot write '" + target + "': " + safe(IoProblem.describe(e)));
        }
        err.println(NAME + ": wrote " + count(issued.size(), "credential") + " to '" + target
            + "', readable by its owner only. The file contains initial passwords in clear "
            + "text: hand them out in person or sealed, then delete the file.");
      }
      int failed = result.failed().size();
      err.println(NAME + ": issued " + issued.size() + " of " + count(result.rows().size(), "row")
          + "; " + failed + " failed" + (issued.isEmpty() ? ", so no file was written." : "."));
      return failed == 0 ? ExitStatus.OK : ExitStatus.INVALID;
    }

    private void writeCsv(java.io.OutputStream out, List<RowResult.Issued> issued)
        throws IOException {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      CredentialCsv.write(writer, issued, clock.getZone());
      writer.flush();
    }

    private int inputError(String message) {
      err.println(NAME + ": " + OutputText.maskCitizenIds(message));
      return ExitStatus.INPUT_ERROR;
    }
  }

  /** Returns the count with the noun, plural unless the count is 1: {@code 1 row, 2 rows}. */
  private static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static boolean hasExtension(Path file, String extension) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(extension);
  }

  /** Converts {@code national} or {@code random}. */
  static final class SchemeConverter implements ITypeConverter<PasswordScheme> {
    @Override
    public PasswordScheme convert(String value) {
      try {
        return PasswordScheme.byName(value.toLowerCase(Locale.ROOT));
      } catch (CredentialException e) {
        throw new TypeConversionException("'" + value + "' is not valid; use national or "
            + "random.");
      }
    }
  }
}
