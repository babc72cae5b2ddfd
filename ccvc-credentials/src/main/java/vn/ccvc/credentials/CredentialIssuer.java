package vn.ccvc.credentials;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;
import vn.ccvc.model.json.ProfileSource;

/**
 * Issues initial credentials with a chosen {@link PasswordScheme}: for one person, or for a
 * whole unit from a list of requests, from profiles (read or as the JSON codec returns them)
 * or from CSV.
 *
 * <p>Each credential records when it was issued, read from the clock and truncated to whole
 * seconds, and expires after the validity ({@link #DEFAULT_VALIDITY} unless set otherwise).
 * A batch reads the clock once, so all its credentials share one issue time.
 *
 * <p>A batch returns one {@link RowResult} a row, in input order: an error in one row does not
 * stop the others, and no row is skipped. A citizen ID on more than one row gets no credential
 * on any of them, because one account cannot belong to two people, and each of those rows is
 * reported with {@link CredentialException#CITIZEN_ID_DUPLICATE}.
 *
 * <p>An issuer is immutable and safe to share between threads if its scheme is.
 */
public final class CredentialIssuer {

  /** Default time an initial credential stays valid: 7 days. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

  private static final Logger LOG = LoggerFactory.getLogger(CredentialIssuer.class);

  private final PasswordScheme scheme;
  private final Clock clock;
  private final Duration validity;

  private CredentialIssuer(PasswordScheme scheme, Clock clock, Duration validity) {
    this.scheme = scheme;
    this.clock = clock;
    this.validity = validity;
  }

  /** Creates an issuer with the default validity. */
  public static CredentialIssuer of(PasswordScheme scheme, Clock clock) {
    return new CredentialIssuer(Objects.requireNonNull(scheme, "scheme"),
        Objects.requireNonNull(clock, "clock"), DEFAULT_VALIDITY);
  }

  /**
   * Returns an issuer like this one whose credentials stay valid for {@code validity}.
   *
   * @throws IllegalArgumentException if {@code validity} is shorter than one second
   */
  public CredentialIssuer withValidity(Duration validity) {
    Objects.requireNonNull(validity, "validity");
    if (validity.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("The validity " + validity + " is shorter than one "
          + "second; use a duration such as Duration.ofDays(7).");
    }
    return new CredentialIssuer(scheme, clock, validity);
  }

  /** Returns the scheme that makes the passwords. */
  public PasswordScheme scheme() {
    return scheme;
  }

  /** Returns how long a credential stays valid. */
  public Duration validity() {
    return validity;
  }

  /**
   * Issues the credential of one person.
   *
   * @throws CredentialException if the citizen ID is missing or not 12 digits, or the scheme
   *     rejects the request; see {@link PasswordScheme#generate}
   */
  public IssuedCredential issue(CredentialRequest request) {
    Objects.requireNonNull(request, "request");
    return issue(request, now());
  }

  /** Issues credentials for a list of requests; rows are numbered by position from 1. */
  public BatchResult issueAll(List<CredentialRequest> requests) {
    List<SourceRow> rows = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      rows.add(new SourceRow(i + 1, Objects.requireNonNull(requests.get(i), "request"), null));
    }
    return issueRows(rows);
  }

  /**
   * Issues credentials for profiles, taking each person's data from section I; rows are numbered
   * by position from 1.
   */
  public BatchResult issueProfiles(List<Profile> profiles) {
    return issueAll(profiles.stream().map(CredentialRequest::from).toList());
  }

  /**
   * Issues credentials for profiles as {@link ProfileCodec#readAll} returns them, one row per
   * entry, numbered by position from 1; for one {@code .jsonl} file that is the profile's number
   * among its non-blank lines. An entry the codec could not read is a failed row with
   * {@link CredentialException#PROFILE_UNREADABLE}, whose cause is the codec's exception.
   */
  public BatchResult issueSources(List<ProfileSource> sources) {
    List<SourceRow> rows = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      ProfileSource source = Objects.requireNonNull(sources.get(i), "source");
      Profile profile = source.profile();
      ProfileReadException error = source.error();
      if (profile != null) {
        rows.add(new SourceRow(i + 1, CredentialRequest.from(profile), null));
      } else if (error != null) {
        rows.add(new SourceRow(i + 1, null, new CredentialException(
            CredentialException.PROFILE_UNREADABLE,
            "The profile could not be read: " + error.getMessage(), error)));
      }
    }
    return issueRows(rows);
  }

  /**
   * Issues credentials for CSV input, which the caller closes. The first record is the header,
   * naming the columns {@code citizenId} and {@code fullName} and optionally {@code givenName},
   * in any order and any case; a byte-order mark before it is skipped. Fields are as RFC 4180
   * defines them, and empty lines are passed over. A row with a syntax error or the wrong
   * number of fields is reported with {@link CredentialException#CSV_ROW}.
   *
   * @throws CredentialException with {@link CredentialException#CSV_HEADER} if the input is
   *     empty or its header is not as described, or {@link CredentialException#CSV_READ} if
   *     reading fails
   */
  public BatchResult issueCsv(Reader csv) {
    return issueRows(CsvRequests.read(csv, "the CSV input"));
  }

  /**
   * Issues credentials for a CSV file in UTF-8; see {@link #issueCsv(Reader)}.
   *
   * @throws CredentialException with {@link CredentialException#CSV_READ} if the file cannot
   *     be read or is not UTF-8, or {@link CredentialException#CSV_HEADER} for its header
   */
  public BatchResult issueCsv(Path file) {
    String source = "the CSV file " + file;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return issueRows(CsvRequests.read(in, source));
    } catch (IOException e) {
      throw new CredentialException(CredentialException.CSV_READ, "Cannot read " + source + " ("
          + e + "); check that it exists, is readable and is in UTF-8.", e);
    }
  }

  private IssuedCredential issue(CredentialRequest request, Instant issuedAt) {
    String username = Names.citizenIdDigits(request.citizenId());
    InitialPassword password = scheme.generate(request);
    return new IssuedCredential(username, password.value(), scheme.name(), issuedAt,
        issuedAt.plus(validity), password.repairs());
  }

  private BatchResult issueRows(List<SourceRow> rows) {
    Instant issuedAt = now();
    Map<String, List<Integer>> rowsById = rowsById(rows);
    List<RowResult> results = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      results.add(issueRow(row, rowsById, issuedAt));
    }
    BatchResult result = new BatchResult(results);
    LOG.debug("Issued {} of {} initial credentials with the {} scheme",
        result.issued().size(), rows.size(), scheme.name());
    return result;
  }

  private RowResult issueRow(SourceRow row, Map<String, List<Integer>> rowsById,
      Instant issuedAt) {
    CredentialRequest request = row.request();
    CredentialException readError = row.error();
    if (readError != null || request == null) {
      return new RowResult.Failed(row.number(), request,
          Objects.requireNonNull(readError, "a source row has a request or an error"));
    }
    try {
      List<Integer> sameId = rowsById.get(Names.citizenIdDigits(request.citizenId()));
      if (sameId != null && sameId.size() > 1) {
        return new RowResult.Failed(row.number(), request, duplicate(request, sameId));
      }
      return new RowResult.Issued(row.number(), request, issue(request, issuedAt));
    } catch (CredentialException e) {
      return new RowResult.Failed(row.number(), request, e);
    }
  }

  /** Maps each well-formed citizen ID to the numbers of the rows that hold it. */
  private static Map<String, List<Integer>> rowsById(List<SourceRow> rows) {
    Map<String, List<Integer>> rowsById = new HashMap<>();
    for (SourceRow row : rows) {
      CredentialRequest request = row.request();
      if (request != null && row.error() == null) {
        String id = Names.trim(request.citizenId());
        if (CitizenId.isWellFormed(id)) {
          rowsById.computeIfAbsent(id, key -> new ArrayList<>()).add(row.number());
        }
      }
    }
    return rowsById;
  }

  private static CredentialException duplicate(CredentialRequest request, List<Integer> rows) {
    String numbers = rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return new CredentialException(CredentialException.CITIZEN_ID_DUPLICATE, "The citizen ID "
        + CitizenId.mask(Names.trim(request.citizenId())) + " is on rows " + numbers
        + "; none of them gets a credential, because an account belongs to one person. "
        + "Correct the ID or remove the extra rows, then issue again.");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * A row of a batch before issuing: its number and its request, or why it could not be read
   * (with the request when the row could be read in part).
   */
  record SourceRow(int number, @Nullable CredentialRequest request,
      @Nullable CredentialException error) {}
}
