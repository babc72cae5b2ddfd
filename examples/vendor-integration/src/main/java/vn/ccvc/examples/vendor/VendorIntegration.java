package vn.ccvc.examples.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.render.FormRenderer;
import vn.ccvc.render.RenderReport;
import vn.ccvc.sync.FileSyncJournal;
import vn.ccvc.sync.Mapping4223;
import vn.ccvc.sync.RecordOutcome;
import vn.ccvc.sync.SyncClient;
import vn.ccvc.sync.SyncItem;
import vn.ccvc.sync.SyncSummary;
import vn.ccvc.sync.SyncTransports;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.BearerTokenSupplier;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.ConfirmedVersion;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;
import vn.ccvc.workflow.Unit;
import vn.ccvc.workflow.UnitTree;
import vn.ccvc.workflow.Workflow;
import vn.ccvc.workflow.WorkflowService;

/**
 * Walks two employees of phường Đại Mỗ through the HR system of a vendor that embeds the SDK:
 * account issued, section I posted with mistakes and shown with field errors, corrected, saved
 * and sent, confirmed by the approver, synced by the leader through the vendor's gateway
 * transport to the reference ministry server on 127.0.0.1, and form 2C rendered.
 *
 * <p>Run it from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -cp examples/target/ccvc.jar vn.ccvc.examples.vendor.VendorIntegration [DIR]}.
 * It creates a folder {@code ccvc-vendor-…} in {@code DIR} (default: the system's temporary
 * folder) for the database, the sync journal and the PDF, and deletes that folder at the end.
 * It prints citizen IDs masked, and never a password, hash or token.
 */
public final class VendorIntegration {

  private static final String UNIT = "HN-DM";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String EMPLOYEE = "01-bui-thi-thuy";
  private static final String SECOND_EMPLOYEE = "12-nguyen-thi-thao";
  private static final String APPROVER = "09-vu-huu-hung";
  private static final String LEADER = "04-dinh-tien-trung";
  private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

  private final PrintStream out;
  private final Path work;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Profile> records = readRecords();
  private final EmployeeForm form = new EmployeeForm(
      ProfileValidator.builder().locale(Locale.forLanguageTag("vi")).build(),
      ProfileValidator.builder().locale(Locale.ENGLISH).build());
  private final WorkflowService service;
  private final HrAccounts accounts;

  private VendorIntegration(PrintStream out, Path work, DataSource database) {
    this.out = out;
    this.work = work;
    this.service = new WorkflowService(Workflow.of(organization()),
        JdbcWorkflowStore.open(database));
    this.accounts = HrAccounts.open(database, clock);
  }

  /**
   * Runs the walk-through, printing to standard output in UTF-8.
   *
   * @param args an optional folder in which to create the working folder
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path parent = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
    System.exit(run(parent, out));
  }

  /**
   * Runs the walk-through in a new folder inside {@code parent}, which it deletes at the end.
   *
   * @return the exit status: 0 when every step did what it should, 1 when one failed
   */
  public static int run(Path parent, PrintStream out) {
    Path work;
    try {
      work = Files.createTempDirectory(parent, "ccvc-vendor-");
    } catch (IOException e) {
      out.println("FAILED: cannot create a working folder in " + parent + " ("
          + e.getClass().getSimpleName() + "). Give a folder that exists and is writable.");
      return 1;
    }
    try {
      walkThrough(out, work);
      return 0;
    } catch (CcvcException | IllegalStateException e) {
      out.println("FAILED: " + TWELVE_DIGITS.matcher(String.valueOf(e.getMessage()))
          .replaceAll(match -> CitizenId.mask(match.group())));
      return 1;
    } finally {
      deleteTree(work);
    }
  }

  private static void walkThrough(PrintStream out, Path work) {
    // The database password and the ministry token are drawn per run here; a real system
    // reads them from its secret store.
    String password = randomHex();
    String token = randomHex();
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:file:" + work.resolve("hr").toAbsolutePath(), "hr", password);
    try (MinistryServer ministry = MinistryServer.builder().token(token).start()) {
      out.println("HR database in " + work + ", ministry server on " + ministry.uri());
      VendorIntegration hr = new VendorIntegration(out, work, pool);
      hr.declare(EMPLOYEE, true);
      hr.declare(SECOND_EMPLOYEE, false);
      hr.approve(EMPLOYEE);
      hr.approve(SECOND_EMPLOYEE);
      hr.sync(ministry.uri(), token, List.of(EMPLOYEE, SECOND_EMPLOYEE));
      hr.render(EMPLOYEE);
      hr.summarize();
    } finally {
      pool.dispose();
    }
  }

  /** Reads the HR system's records of the people involved from the bundled sample unit. */
  private static Map<String, Profile> readRecords() {
    ProfileCodec codec = ProfileCodec.create();
    Map<String, Profile> records = new LinkedHashMap<>();
    for (String name : List.of(EMPLOYEE, SECOND_EMPLOYEE, APPROVER, LEADER)) {
      String resource = "/sample-unit/" + name + ".json";
      try (InputStream in = VendorIntegration.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The sample profile " + resource + " is missing "
              + "from the class path; build ccvc.jar with mvn -q -DskipTests package.");
        }
        records.put(name, codec.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return records;
  }

  private Organization organization() {
    return Organization.of(
        UnitTree.of(Unit.root("HN", "Thành phố Hà Nội"),
            new Unit(UNIT, "Phường Đại Mỗ", "HN")),
        List.of(new RoleAssignment(id(APPROVER), Role.APPROVER, UNIT, false),
            new RoleAssignment(id(LEADER), Role.LEADER, UNIT, false)));
  }

  /** Issues the account, then posts section I, first with two mistakes if asked. */
  private void declare(String name, boolean withMistakes) {
    CitizenId owner = id(name);
    out.println();
    out.println("== " + fullName(name) + " (" + owner.masked() + ")");
    out.println("Account: " + accounts.issue(records.get(name)));
    service.issue(owner, UNIT, clock.instant()).orThrow();

    Map<String, String> posted = postedFields(records.get(name).identity());
    if (withMistakes) {
      posted.put("ngay_sinh", "1985-02-30");
      posted.put("dan_toc", "99");
      EmployeeForm.Outcome rejected = form.check(owner, records.get(name), posted, Stage.DRAFT);
      out.println("Form posted with " + rejected.messages().size() + " errors, not saved:");
      rejected.messages().forEach(this::printFieldError);
      posted = postedFields(records.get(name).identity());
    }
    saveAndSubmit(owner, name, posted);
  }

  private void saveAndSubmit(CitizenId owner, String name, Map<String, String> posted) {
    EmployeeForm.Outcome draft = form.check(owner, records.get(name), posted, Stage.DRAFT);
    requireAccepted(draft, "draft");
    Actor actor = Actor.person(owner);
    long revision = revision(owner);
    service.execute(owner, new Command.Save(revision, draft.report()), actor, clock.instant())
        .orThrow();
    EmployeeForm.Outcome full = form.check(owner, records.get(name), posted, Stage.SUBMISSION);
    requireAccepted(full, "submission");
    ProfileState sent = service.execute(owner, new Command.Submit(revision + 1, full.report()),
        actor, clock.instant()).orThrow();
    out.println("Form saved and sent for confirmation: status " + sent.status()
        + ", revision " + sent.revision());
  }

  private void approve(String name) {
    CitizenId owner = id(name);
    Identity approver = records.get(APPROVER).identity();
    AgencyAssessment assessment = new AgencyAssessment("Hoàn thành tốt nhiệm vụ được giao.",
        "Hà Nội", LocalDate.ofInstant(clock.instant(), VIETNAM).toString(), approver.fullName(),
        "Chánh Văn phòng HĐND và UBND");
    ProfileState confirmed = service.execute(owner,
        new Command.Approve(revision(owner), assessment), Actor.person(id(APPROVER)),
        clock.instant()).orThrow();
    out.println(fullName(name) + ": confirmed by " + approver.fullName() + " ("
        + id(APPROVER).masked() + "), version " + confirmed.confirmedVersion());
  }

  /** Requests the sync as the leader, sends through the gateway, records each outcome. */
  private void sync(URI ministry, String token, List<String> names) {
    out.println();
    List<SyncItem> items = new ArrayList<>();
    Map<String, CitizenId> owners = new LinkedHashMap<>();
    for (String name : names) {
      CitizenId owner = id(name);
      ProfileState state = service.execute(owner, new Command.RequestSync(revision(owner)),
          Actor.person(id(LEADER)), clock.instant()).orThrow();
      ConfirmedVersion confirmed = state.latestConfirmed().orElseThrow();
      String version = Integer.toString(confirmed.version());
      items.add(new SyncItem(confirmed.profile(), version));
      owners.put(SyncItem.idempotencyKey(owner.digits(), version), owner);
    }
    TransportSettings settings = TransportSettings.builder(URI.create("gateway+" + ministry))
        .bearerToken(BearerTokenSupplier.of(token)).build();
    try (SyncTransport transport = SyncTransports.open(settings);
        FileSyncJournal journal = FileSyncJournal.open(work.resolve("sync-journal"))) {
      SyncSummary summary = SyncClient.builder(transport, journal)
          .mapping(Mapping4223.forSender("HN-DM")).build().sync(items);
      out.println("Sync by " + fullName(LEADER) + " through " + transport + ": " + summary);
      summary.outcomes().forEach(outcome -> recordOutcome(owners, outcome));
    }
  }

  private void recordOutcome(Map<String, CitizenId> owners, RecordOutcome outcome) {
    CitizenId owner = owners.get(outcome.idempotencyKey());
    if (owner == null) {
      throw new IllegalStateException("The sync returned an outcome for "
          + outcome.maskedCitizenId() + " that this run did not send.");
    }
    ProfileState state = service.store().load(owner).orElseThrow();
    Command command = outcome.outcome().isSuccess()
        ? Command.RecordSyncOutcome.succeeded(state.revision(), state.pendingSyncVersion())
        : Command.RecordSyncOutcome.failed(state.revision(), state.pendingSyncVersion(),
            outcome.outcome() + " " + outcome.problems());
    ProfileState after = service.execute(owner, command, Actor.SYSTEM, clock.instant())
        .orThrow();
    out.println("  " + owner.masked() + ": " + outcome.outcome() + ", sync state "
        + after.syncState());
  }

  private void render(String name) {
    ConfirmedVersion confirmed = service.store().load(id(name)).orElseThrow()
        .latestConfirmed().orElseThrow();
    Path pdf = work.resolve("2c-" + name + ".pdf");
    RenderReport report = FormRenderer.builder().build()
        .render(confirmed.profile(), confirmed.assessment(), pdf);
    out.println();
    out.println("Form 2C of " + fullName(name) + ": " + report.pageCount() + " pages, "
        + size(pdf) + " bytes in " + pdf.getFileName());
  }

  private void summarize() {
    out.println();
    for (ProfileState state : service.store().loadAll()) {
      boolean replays = ProfileState.replay(service.store().events(state.owner())).equals(state);
      out.println("Stored: " + state.owner().masked() + " " + state.status() + ", "
          + state.syncState() + ", revision " + state.revision()
          + (replays ? ", events replay to this state" : ", EVENTS DO NOT REPLAY"));
      if (!replays) {
        throw new IllegalStateException("The stored events of " + state.owner().masked()
            + " do not replay to the stored state.");
      }
    }
    out.println("Done.");
  }

  private void printFieldError(EmployeeForm.FieldError error) {
    String field = error.field().equals(EmployeeForm.PAGE) ? "(page)" : error.field();
    out.println("  " + field + " [" + error.code() + "]");
    out.println("    vi: " + error.messageVi());
    out.println("    en: " + error.messageEn());
  }

  private void requireAccepted(EmployeeForm.Outcome outcome, String stage) {
    if (!outcome.accepted()) {
      outcome.messages().forEach(this::printFieldError);
      throw new IllegalStateException("The corrected form still has errors at the " + stage
          + " stage.");
    }
  }

  /** Returns the values the browser posts for a person's section I, by form field name. */
  static Map<String, String> postedFields(Identity identity) {
    Map<String, String> posted = new LinkedHashMap<>();
    putIfPresent(posted, "ho_ten", identity.fullName());
    putIfPresent(posted, "ten_goi_khac", identity.otherNames());
    putIfPresent(posted, "ngay_sinh", identity.birthDate());
    putIfPresent(posted, "gioi_tinh", identity.sex() == Sex.MALE ? "nam"
        : identity.sex() == Sex.FEMALE ? "nu" : null);
    putIfPresent(posted, "noi_sinh", identity.placeOfBirth());
    putIfPresent(posted, "que_quan", identity.homeTown());
    putIfPresent(posted, "dan_toc", identity.ethnicityCode());
    putIfPresent(posted, "ton_giao", identity.religionCode());
    putIfPresent(posted, "ngay_cap_cccd", identity.citizenIdIssueDate());
    putIfPresent(posted, "noi_cap_cccd", identity.citizenIdIssuePlace());
    return posted;
  }

  private static void putIfPresent(Map<String, String> posted, String field,
      @Nullable String value) {
    if (value != null) {
      posted.put(field, value);
    }
  }

  private static String randomHex() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private long revision(CitizenId owner) {
    return service.store().load(owner).orElseThrow().revision();
  }

  private CitizenId id(String name) {
    return CitizenId.parse(records.get(name).identity().citizenId());
  }

  private String fullName(String name) {
    return records.get(name).identity().fullName();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the working folder " + folder, e);
    }
  }
}
