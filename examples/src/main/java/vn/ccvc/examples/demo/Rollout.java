package vn.ccvc.examples.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.ccvc.credentials.BatchResult;
import vn.ccvc.credentials.CredentialCsv;
import vn.ccvc.credentials.CredentialIssuer;
import vn.ccvc.credentials.PasswordScheme;
import vn.ccvc.credentials.RowResult;
import vn.ccvc.examples.output.IoProblem;
import vn.ccvc.examples.output.OutputText;
import vn.ccvc.examples.output.OwnerOnlyFile;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileReadException;
import vn.ccvc.model.json.ProfileSource;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.workflow.InMemoryWorkflowStore;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.Workflow;
import vn.ccvc.workflow.WorkflowService;
import vn.ccvc.workflow.WorkflowStore;
import vn.ccvc.workflow.report.ReportLanguage;

/**
 * Runs the whole rollout on one unit's folder of profiles, in six steps: issue accounts, save and
 * submit, confirm or reject and resubmit, render form 2C, sync to the ministry, report. Each step
 * prints what it did and how long it took; the files go to the output folder only when every
 * step has finished.
 *
 * <pre>{@code
 * Rollout.Settings settings = new Rollout.Settings(unitFolder, "sample-unit", invalidSamples,
 *     Path.of("ccvc-demo"), ReportLanguage.EN, 2026, Clock.systemUTC());
 * Rollout.Result result = Rollout.of(settings, screen).run();
 * }</pre>
 *
 * <p>A rollout runs once; not thread-safe.
 */
public final class Rollout {

  /** Number of steps, for the {@code [n/6]} headings. */
  static final int STEPS = 6;

  /**
   * The input and settings of a rollout.
   *
   * @param unit folder of the unit's profile files
   * @param unitName the folder as the user named it, for messages
   * @param invalidSamples folder of invalid samples to validate apart from the unit, with their
   *     {@code expected-codes.csv}, or null to skip them
   * @param out the output folder
   * @param language language of the output
   * @param seed seed of every random choice, so a run can be repeated
   * @param clock gives today's date, which the validator and the report use
   */
  public record Settings(Path unit, String unitName, @Nullable Path invalidSamples, Path out,
      ReportLanguage language, long seed, Clock clock) {

    /** Creates settings, checking that no required component is null. */
    public Settings {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /**
   * The counts of a finished rollout.
   *
   * @param accounts accounts issued
   * @param submitted profiles sent for confirmation on the first try
   * @param rejected profiles the approver rejected with a note
   * @param confirmed profiles confirmed at the end
   * @param pdfs PDF files written
   * @param synced profiles stored by the ministry's server at the end
   * @param steps how long each step took, in order
   */
  public record Result(int accounts, int submitted, int rejected, int confirmed, int pdfs,
      int synced, List<Duration> steps) {

    /** Creates a result, copying the list. */
    public Result {
      steps = List.copyOf(steps);
    }
  }

  private final Settings settings;
  private final Screen screen;
  private final Texts texts;
  private final Random random;
  private final Map<String, Duration> timings = new LinkedHashMap<>();

  private Rollout(Settings settings, Screen screen) {
    this.settings = settings;
    this.screen = screen;
    this.texts = new Texts(settings.language());
    this.random = new Random(settings.seed());
  }

  /** Returns a rollout of {@code settings} that prints on {@code screen}. */
  public static Rollout of(Settings settings, Screen screen) {
    return new Rollout(Objects.requireNonNull(settings, "settings"),
        Objects.requireNonNull(screen, "screen"));
  }

  /**
   * Runs the six steps and moves the files into the output folder.
   *
   * @return what the rollout did
   * @throws RolloutException if a step cannot finish; nothing is written to the output folder
   *     then, and {@link RolloutException#inputProblem()} shows whether a folder was the cause
   */
  public Result run() {
    long start = System.nanoTime();
    screen.println(texts.get("start", settings.unitName(), settings.out()));
    try (Staging staging = Staging.open(settings.out(), texts)) {
      for (String stale : staging.removedStale()) {
        screen.item(texts.get("output.staleRemoved", stale, settings.out()));
      }
      Context unit = step(1, "step.accounts", () -> issueAccounts(staging));
      Declaration.Outcome declared = step(2, "step.declare",
          () -> new Declaration(unit, texts, screen).run(settings.invalidSamples()));
      Review.Outcome reviewed = step(3, "step.review",
          () -> new Review(unit, texts, screen, random).run(declared.awaiting()));
      int pdfs = step(4, "step.render",
          () -> new Delivery(unit, texts, screen).render(staging));
      int synced = step(5, "step.sync",
          () -> new Delivery(unit, texts, screen).sync(settings.seed()));
      step(6, "step.report", () -> new Reporting(unit, texts, screen)
          .run(staging, reviewed.history()));
      commit(staging);
      printEnd(Duration.ofNanos(System.nanoTime() - start), pdfs);
      return new Result(unit.employees.size(), declared.awaiting().size(),
          reviewed.rejected(), reviewed.confirmed(), pdfs, synced,
          List.copyOf(timings.values()));
    } finally {
      screen.flush();
    }
  }

  private <T> T step(int number, String key, Supplier<T> body) {
    screen.println();
    screen.println(texts.get("step.heading", number, STEPS, texts.get(key)));
    long start = System.nanoTime();
    T result = body.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    timings.put(texts.get(key), took);
    screen.item(texts.get("step.took", seconds(took)));
    return result;
  }

  private void step(int number, String key, Runnable body) {
    step(number, key, () -> {
      body.run();
      return null;
    });
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  // Step 1 -----------------------------------------------------------------------------------

  /** A readable profile and its number in the unit's folder, from 1. */
  private record Numbered(int sequence, ProfileSource source) {
    Profile profile() {
      return Objects.requireNonNull(source.profile(), "profile");
    }
  }

  private Context issueAccounts(Staging staging) {
    List<ProfileSource> sources = readUnit();
    List<Numbered> all = readable(sources);
    int readCount = all.size();
    List<Numbered> readable = withoutDuplicates(all);
    Timeline timeline = new Timeline(settings.clock(), readable.size());
    CredentialIssuer issuer = CredentialIssuer.of(PasswordScheme.national(),
        Clock.fixed(timeline.at(Timeline.Phase.ISSUE, 0), Texts.VIETNAM));
    BatchResult batch = issuer.issueSources(
        readable.stream().map(Numbered::source).toList());
    List<RowResult.Issued> issued = new ArrayList<>();
    List<Numbered> accepted = new ArrayList<>();
    for (RowResult row : batch.rows()) {
      Numbered entry = readable.get(row.row() - 1);
      if (row instanceof RowResult.Issued ok) {
        issued.add(ok);
        accepted.add(entry);
      } else if (row instanceof RowResult.Failed failed) {
        screen.item(texts.get("accounts.refused", fileName(entry),
            failed.error().code(), oneLine(failed.error().getMessage())));
      }
    }
    if (issued.isEmpty()) {
      throw new RolloutException("demo.noAccounts", texts.get("accounts.noneIssued",
          settings.unitName()), false);
    }

    UnitLayout layout = UnitLayout.of(accepted.stream().map(Numbered::profile).toList(),
        settings.unitName());
    List<Employee> employees = new ArrayList<>();
    for (int i = 0; i < issued.size(); i++) {
      Numbered entry = accepted.get(i);
      employees.add(new Employee(entry.sequence(), fileName(entry),
          CitizenId.parse(issued.get(i).credential().username()), entry.profile(),
          layout.unitOf(entry.profile())));
    }
    Context unit = new Context(settings, layout, employees, timeline, texts.locale());
    storeAccounts(unit);
    writeCredentials(staging, issued);
    screen.item(texts.get("accounts.issued", issued.size(), readCount,
        layout.root().name(), layout.tree().units().size() - 1));
    screen.item(texts.get("accounts.file", staging.target(Staging.CREDENTIALS)));
    new FirstLogin(texts, screen).show(employees.get(0), issued.get(0).credential(),
        timeline.at(Timeline.Phase.DECLARE, 0, -600));
    return unit;
  }

  /** Returns the profiles that could be read, listing the others. */
  private List<Numbered> readable(List<ProfileSource> sources) {
    List<Numbered> readable = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      ProfileSource source = sources.get(i);
      if (source.profile() != null) {
        readable.add(new Numbered(i + 1, source));
      } else {
        ProfileReadException error = Objects.requireNonNull(source.error(), "error");
        screen.item(texts.get("accounts.unreadable", fileName(source),
            oneLine(error.getMessage())));
      }
    }
    if (readable.isEmpty()) {
      throw new RolloutException("demo.noProfiles", texts.get("accounts.none",
          settings.unitName()), true);
    }
    return readable;
  }

  /**
   * Leaves out the profiles that share a citizen ID with another, naming the files, because no
   * one can tell which of them is the person's.
   */
  private List<Numbered> withoutDuplicates(List<Numbered> readable) {
    Map<String, List<Numbered>> byId = new LinkedHashMap<>();
    for (Numbered entry : readable) {
      String id = entry.profile().identity().citizenId();
      if (id != null) {
        byId.computeIfAbsent(id, key -> new ArrayList<>()).add(entry);
      }
    }
    List<Numbered> unique = new ArrayList<>(readable);
    for (Map.Entry<String, List<Numbered>> group : byId.entrySet()) {
      if (group.getValue().size() > 1) {
        String files = String.join(", ", group.getValue().stream()
            .map(this::fileName).toList());
        for (Numbered entry : group.getValue()) {
          screen.item(texts.get("accounts.duplicate", fileName(entry), files,
              CitizenId.mask(group.getKey())));
        }
        unique.removeAll(group.getValue());
      }
    }
    if (unique.isEmpty()) {
      throw new RolloutException("demo.noAccounts", texts.get("accounts.noneIssued",
          settings.unitName()), false);
    }
    return unique;
  }

  private List<ProfileSource> readUnit() {
    List<ProfileSource> sources;
    try {
      sources = new ArrayList<>(ProfileCodec.create().readAll(List.of(settings.unit())));
    } catch (CcvcException | UncheckedIOException e) {
      throw new RolloutException("demo.unitUnreadable", texts.get("accounts.folderUnreadable",
          settings.unitName(), clause(e.getMessage())), true, e);
    }
    sources.sort(Comparator.comparing((ProfileSource s) -> s.file().getFileName().toString())
        .thenComparingInt(ProfileSource::index));
    return sources;
  }

  private void storeAccounts(Context unit) {
    try (Screen.Progress progress = screen.progress(texts.get("step.accounts"),
        unit.employees.size())) {
      for (int i = 0; i < unit.employees.size(); i++) {
        Employee employee = unit.employees.get(i);
        unit.service.issue(employee.id(), employee.unitId(),
            unit.timeline.at(Timeline.Phase.ISSUE, i)).orThrow();
        progress.step();
      }
    }
  }

  private void writeCredentials(Staging staging, List<RowResult.Issued> issued) {
    try {
      OwnerOnlyFile.write(staging.file(Staging.CREDENTIALS), false, out -> {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CredentialCsv.write(writer, issued, Texts.VIETNAM);
        writer.flush();
      });
    } catch (IOException e) {
      throw outputFailure(e);
    }
  }

  // End --------------------------------------------------------------------------------------

  private void commit(Staging staging) {
    try {
      staging.commit();
    } catch (IOException e) {
      throw outputFailure(e);
    }
  }

  private RolloutException outputFailure(IOException e) {
    return new RolloutException("demo.outputUnwritable", texts.get("output.unwritable",
        settings.out(), IoProblem.describe(e)), true, e);
  }

  private void printEnd(Duration total, int pdfs) {
    screen.println();
    screen.println(texts.get("end.files"));
    screen.println("  " + settings.out().resolve(Staging.CREDENTIALS) + "  "
        + texts.get("end.credentials"));
    screen.println("  " + settings.out().resolve(Staging.PDF) + "  "
        + texts.get("end.pdf", pdfs));
    screen.println("  " + settings.out().resolve(Staging.REPORT_CSV) + "  "
        + texts.get("end.reportCsv"));
    screen.println("  " + settings.out().resolve(Staging.REPORT_TEXT) + "  "
        + texts.get("end.reportText"));
    screen.println(texts.get("end.timings"));
    int width = timings.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Duration> timing : timings.entrySet()) {
      screen.println(String.format(Locale.ROOT, "  %-" + width + "s  %8s",
          timing.getKey(), seconds(timing.getValue())));
    }
    screen.println(String.format(Locale.ROOT, "  %-" + width + "s  %8s",
        texts.get("end.total"), seconds(total)));
  }

  /** Returns the profile's file name, with the line number inside a {@code .jsonl} file. */
  static String fileName(ProfileSource source) {
    Path name = source.file().getFileName();
    String file = name == null ? source.file().toString() : name.toString();
    return source.index() > 0 ? file + "#" + source.index() : file;
  }

  /**
   * Returns the profile's path inside the unit's folder, which separates files of the same
   * name in different subfolders.
   */
  private String fileName(Numbered entry) {
    Path file = entry.source().file();
    Path unit = settings.unit();
    if (!Files.isDirectory(unit) || !file.startsWith(unit) || file.equals(unit)) {
      return fileName(entry.source());
    }
    String relative = unit.relativize(file).toString().replace('\\', '/');
    int index = entry.source().index();
    return index > 0 ? relative + "#" + index : relative;
  }

  /** Returns a message on one line. */
  static String oneLine(@Nullable String text) {
    return OutputText.oneLine(text);
  }

  /** Returns a message on one line without its final full stop, to go inside a sentence. */
  static String clause(@Nullable String text) {
    String line = oneLine(text);
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  /**
   * The unit as the steps share it: its settings, layout, employees, timeline and workflow.
   * The workflow is replaced once the roles are assigned.
   */
  static final class Context {
    final Settings settings;
    final UnitLayout layout;
    final List<Employee> employees;
    final Timeline timeline;
    final WorkflowStore store = new InMemoryWorkflowStore();
    final ProfileValidator validator;
    WorkflowService service;
    Organization organization;

    Context(Settings settings, UnitLayout layout, List<Employee> employees, Timeline timeline,
        Locale locale) {
      this.settings = settings;
      this.validator = ProfileValidator.builder().locale(locale).clock(settings.clock()).build();
      this.layout = layout;
      this.employees = List.copyOf(employees);
      this.timeline = timeline;
      this.organization = Organization.of(layout.tree(), List.of());
      this.service = new WorkflowService(Workflow.of(organization), store);
    }

    /** Replaces the organisation, keeping every stored profile. */
    void organize(Organization roles) {
      this.organization = roles;
      this.service = new WorkflowService(Workflow.of(roles), store);
    }
  }
}
