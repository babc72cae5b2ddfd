package vn.ccvc.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.ccvc.examples.output.IoProblem;
import vn.ccvc.model.CitizenId;
import vn.ccvc.render.FormRenderer;
import vn.ccvc.render.GlyphReplacement;
import vn.ccvc.render.RenderException;
import vn.ccvc.render.RenderReport;
import vn.ccvc.sync.FileSyncJournal;
import vn.ccvc.sync.Mapping4223;
import vn.ccvc.sync.RecordOutcome;
import vn.ccvc.sync.RetrySettings;
import vn.ccvc.sync.SyncClient;
import vn.ccvc.sync.SyncItem;
import vn.ccvc.sync.SyncListener;
import vn.ccvc.sync.SyncProgress;
import vn.ccvc.sync.SyncSummary;
import vn.ccvc.sync.SyncTransports;
import vn.ccvc.sync.server.Faults;
import vn.ccvc.sync.server.MinistryServer;
import vn.ccvc.sync.spi.SyncTransport;
import vn.ccvc.sync.spi.TransportSettings;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.ConfirmedVersion;
import vn.ccvc.workflow.Decision;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;

/**
 * Steps 4 and 5: the form 2C PDF of every confirmed profile, and the sync of the confirmed
 * versions to the reference ministry server on loopback, with faults injected and millisecond
 * backoff, through a durable journal.
 */
final class Delivery {

  /** Faults of the reference server: errors, throttling, dropped connections, slow responses. */
  static final String FAULTS = "error-rate=0.15,throttle-rate=0.1,drop-rate=0.1,slow-rate=0.05,"
      + "delay-ms=20";

  /** Retries that wait milliseconds, so injected faults cost seconds rather than minutes. */
  static final RetrySettings RETRY = RetrySettings.DEFAULTS
      .withBackoff(Duration.ofMillis(5), Duration.ofMillis(80)).withMaxAttempts(20)
      .withBreaker(10, Duration.ofMillis(50)).withDeadline(Duration.ofMinutes(2));

  private static final int BATCH_SIZE = 5;

  private final Rollout.Context unit;
  private final Texts texts;
  private final Screen screen;

  Delivery(Rollout.Context unit, Texts texts, Screen screen) {
    this.unit = unit;
    this.texts = texts;
    this.screen = screen;
  }

  /** Renders every confirmed version into the staging folder; returns the number of files. */
  int render(Staging staging) {
    List<Employee> confirmed = confirmedEmployees();
    if (confirmed.isEmpty()) {
      screen.item(texts.get("render.none"));
      return 0;
    }
    // A character the font lacks is drawn as a visible "?" and listed, so one odd character
    // does not hold back the whole unit's forms.
    FormRenderer.Builder builder = FormRenderer.builder().replaceMissingGlyphs(true);
    String place = unit.layout.place();
    if (place != null) {
      builder.place(place);
    }
    FormRenderer renderer = builder.build();
    int width = Math.max(2, String.valueOf(unit.employees.stream()
        .mapToInt(Employee::sequence).max().orElse(1)).length());

    int pages = 0;
    List<String> names = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    try (Screen.Progress progress = screen.progress(texts.get("step.render"),
        confirmed.size())) {
      for (Employee employee : confirmed) {
        ConfirmedVersion version = state(employee.id()).confirmed();
        String name = employee.pdfName(width);
        try {
          RenderReport report = renderer.render(version.profile(), version.assessment(),
              staging.pdfFolder().resolve(name));
          pages += report.pageCount();
          replacements.addAll(report.replacements().stream()
              .map(replacement -> describe(employee, replacement)).toList());
        } catch (RenderException e) {
          RolloutException failure = RolloutException.stepFailed(texts, "step.render", employee,
              String.valueOf(e.getMessage()));
          failure.initCause(e);
          throw failure;
        }
        names.add(name);
        progress.step();
      }
    }

    screen.item(texts.get("render.summary", names.size(), pages,
        staging.target(Staging.PDF), names.get(0), names.get(names.size() - 1)));
    replacements.forEach(screen::detail);
    return names.size();
  }

  private String describe(Employee employee, GlyphReplacement replacement) {
    String key = switch (replacement.reason()) {
      case MISSING_GLYPH -> "render.missingGlyph";
      case CONTROL_CHARACTER -> "render.controlCharacter";
      case INVISIBLE_CHARACTER -> "render.invisibleCharacter";
    };
    return texts.get(key, employee.label(), replacement.field(), replacement.codePointText(),
        Character.getName(replacement.codePoint()));
  }

  /** Syncs every confirmed version; returns the number of profiles the server stores. */
  int sync(long seed) {
    List<Employee> confirmed = confirmedEmployees();
    if (confirmed.isEmpty()) {
      screen.item(texts.get("sync.none"));
      return 0;
    }
    requestSync(confirmed);
    Path journalFolder = temporaryFolder();
    Faults faults = Faults.parse(FAULTS + ",seed=" + seed);
    try (MinistryServer server = MinistryServer.builder().faults(faults).retryAfterSeconds(0)
        .threads(4).start();
        SyncTransport transport = SyncTransports.open(TransportSettings.builder(server.uri())
            .requestTimeout(Duration.ofSeconds(10)).build());
        FileSyncJournal journal = FileSyncJournal.open(journalFolder)) {
      screen.item(texts.get("sync.server", server.uri(), FAULTS));
      SyncSummary summary = send(confirmed, transport, journal, seed);
      recordOutcomes(confirmed, summary);
      return check(confirmed, summary, server);
    } finally {
      Staging.deleteTree(journalFolder);
    }
  }

  private void requestSync(List<Employee> confirmed) {
    CitizenId leader = unit.organization.assignments().stream()
        .filter(assignment -> assignment.role() == Role.LEADER)
        .map(RoleAssignment::person).findFirst().orElseThrow();
    screen.item(texts.get("sync.leader", leader.masked()));
    for (int i = 0; i < confirmed.size(); i++) {
      Employee employee = confirmed.get(i);
      accept(employee, unit.service.execute(employee.id(),
          new Command.RequestSync(state(employee.id()).revision()), Actor.person(leader),
          unit.timeline.at(Timeline.Phase.SYNC, i)));
    }
  }

  private SyncSummary send(List<Employee> confirmed, SyncTransport transport,
      FileSyncJournal journal, long seed) {
    List<SyncItem> items = new ArrayList<>();
    for (Employee employee : confirmed) {
      ConfirmedVersion version = state(employee.id()).confirmed();
      items.add(new SyncItem(version.profile(), String.valueOf(version.version())));
    }
    try (Screen.Progress progress = screen.progress(texts.get("step.sync"), items.size())) {
      SyncListener listener = new SyncListener() {
        @Override
        public void onRecord(RecordOutcome outcome, SyncProgress state) {
          progress.step();
        }
      };
      return SyncClient.builder(transport, journal)
          .mapping(Mapping4223.forSender(UnitLayout.ROOT_ID)).retry(RETRY)
          .batchSize(BATCH_SIZE).concurrency(2).random(new Random(seed)).listener(listener)
          .build().sync(items);
    }
  }

  /** Records each outcome in the workflow, as the host system does when the response arrives. */
  private void recordOutcomes(List<Employee> confirmed, SyncSummary summary) {
    Map<String, Employee> byKey = new HashMap<>();
    for (Employee employee : confirmed) {
      byKey.put(SyncItem.idempotencyKey(employee.id().digits(),
          String.valueOf(state(employee.id()).confirmed().version())), employee);
    }
    int index = 0;
    for (RecordOutcome outcome : summary.outcomes()) {
      Employee employee = byKey.get(outcome.idempotencyKey());
      if (employee == null) {
        continue;
      }
      ProfileState state = state(employee.id());
      String detail = outcome.problems().isEmpty() ? null : outcome.problems().get(0).message();
      Instant at = unit.timeline.at(Timeline.Phase.SYNC, index++, 300);
      accept(employee, unit.service.execute(employee.id(), new Command.RecordSyncOutcome(
          state.revision(), state.pendingSyncVersion(), outcome.outcome().isSuccess(), detail),
          Actor.SYSTEM, at));
    }
  }

  private int check(List<Employee> confirmed, SyncSummary summary, MinistryServer server) {
    long retries = summary.outcomes().stream()
        .mapToLong(outcome -> Math.max(0, outcome.attempts() - 1)).sum();
    long stored = confirmed.stream()
        .filter(employee -> server.record(employee.id().digits()).isPresent()).count();
    screen.item(texts.get("sync.summary", summary.count(vn.ccvc.sync.Outcome.ACCEPTED),
        summary.count(vn.ccvc.sync.Outcome.ALREADY_PRESENT),
        summary.outcomes().size() - summary.count(vn.ccvc.sync.Outcome.ACCEPTED)
            - summary.count(vn.ccvc.sync.Outcome.ALREADY_PRESENT),
        Rollout.seconds(summary.elapsed())));
    screen.item(texts.get("sync.retries", server.requests(), retries, server.duplicates()));
    boolean exactlyOnce = summary.allSucceeded() && stored == confirmed.size()
        && server.storedRecords() == confirmed.size();
    if (!exactlyOnce) {
      throw new RolloutException("demo.stepFailed", texts.get("sync.incomplete",
          server.storedRecords(), confirmed.size()), false);
    }
    screen.item(texts.get("sync.exactlyOnce", server.storedRecords(), confirmed.size()));
    return (int) stored;
  }

  private List<Employee> confirmedEmployees() {
    return unit.employees.stream().filter(e -> state(e.id()).confirmed() != null).toList();
  }

  private ProfileState state(CitizenId id) {
    return unit.store.load(id).orElseThrow();
  }

  private void accept(Employee owner, Decision decision) {
    RolloutException.requireAccepted(decision, texts, "step.sync", owner);
  }

  private Path temporaryFolder() {
    try {
      return Files.createTempDirectory("ccvc-demo-journal-");
    } catch (IOException e) {
      throw new RolloutException("demo.stepFailed", texts.get("sync.journal",
          IoProblem.describe(e)), false, e);
    }
  }
}
