package vn.ccvc.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.CcvcException;
import vn.ccvc.model.json.ProfileCodec;
import vn.ccvc.model.json.ProfileSource;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.model.validation.Violation;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.ProfileStatus;

/**
 * Step 2: each employee saves a draft and submits it. A profile with errors stays where the
 * workflow leaves it, and its violations are listed. The invalid samples are validated apart,
 * and their codes are compared with the expected ones.
 */
final class Declaration {

  /** Violations listed per profile before the rest is summed up. */
  private static final int SHOWN_VIOLATIONS = 5;

  /** File beside the invalid samples that lists the codes each should raise. */
  static final String EXPECTED_CODES = "expected-codes.csv";

  /**
   * The result of the step.
   *
   * @param awaiting employees whose profile awaits confirmation, in the unit's order
   */
  record Outcome(List<Employee> awaiting) {}

  private final Rollout.Context unit;
  private final Texts texts;
  private final Screen screen;
  private final ProfileValidator validator;

  Declaration(Rollout.Context unit, Texts texts, Screen screen) {
    this.unit = unit;
    this.texts = texts;
    this.screen = screen;
    this.validator = unit.validator;
  }

  /** Runs the step; {@code invalidSamples} is the folder of invalid samples or null. */
  Outcome run(@Nullable Path invalidSamples) {
    List<Employee> awaiting = new ArrayList<>();
    Map<Employee, ValidationReport> stopped = new HashMap<>();
    try (Screen.Progress progress = screen.progress(texts.get("step.declare"),
        unit.employees.size())) {
      for (int i = 0; i < unit.employees.size(); i++) {
        Employee employee = unit.employees.get(i);
        ValidationReport report = declare(employee, i);
        if (report.hasErrors()) {
          stopped.put(employee, report);
        } else {
          awaiting.add(employee);
        }
        progress.step();
      }
    }
    screen.item(texts.get("declare.summary", awaiting.size(), unit.employees.size(),
        stopped.size()));
    unit.employees.stream().filter(stopped::containsKey)
        .forEach(employee -> printStopped(employee, stopped.get(employee)));
    if (invalidSamples != null) {
      validateSamples(invalidSamples);
    }
    return new Outcome(List.copyOf(awaiting));
  }

  /**
   * Saves and submits one profile; returns the validation that stopped it, or the submission's
   * validation without errors.
   */
  private ValidationReport declare(Employee employee, int index) {
    Actor owner = Actor.person(employee.id());
    ValidationReport draft = validator.validate(employee.profile(), Stage.DRAFT);
    ProfileState state = unit.service.store().load(employee.id()).orElseThrow();
    if (!unit.service.execute(employee.id(), new Command.Save(state.revision(), draft), owner,
        unit.timeline.at(Timeline.Phase.DECLARE, index)).isAccepted()) {
      return draft;
    }
    ValidationReport full = validator.validate(draft.profile(), Stage.SUBMISSION);
    unit.service.execute(employee.id(), new Command.Submit(state.revision() + 1, full), owner,
        unit.timeline.at(Timeline.Phase.DECLARE, index, 60));
    return full;
  }

  private void printStopped(Employee employee, ValidationReport report) {
    ProfileStatus status = unit.service.store().load(employee.id()).orElseThrow().status();
    screen.detail(texts.get("declare.held", employee.label(), employee.file(),
        texts.status(status), report.errors().size()));
    List<Violation> errors = report.errors();
    for (Violation violation : errors.subList(0, Math.min(SHOWN_VIOLATIONS, errors.size()))) {
      screen.detail("  " + violation.path() + " [" + violation.code() + "] "
          + Rollout.oneLine(violation.message()));
    }
    if (errors.size() > SHOWN_VIOLATIONS) {
      screen.detail("  " + texts.get("declare.more", errors.size() - SHOWN_VIOLATIONS));
    }
  }

  private void validateSamples(Path folder) {
    Map<String, String> expected = expectedCodes(folder.resolve(EXPECTED_CODES));
    List<ProfileSource> sources = new ArrayList<>(ProfileCodec.create().readAll(List.of(folder)));
    sources.sort(Comparator.comparing(Rollout::fileName));
    screen.item(texts.get("samples.heading", sources.size()));
    int matched = 0;
    for (ProfileSource source : sources) {
      String name = Rollout.fileName(source);
      if (source.profile() == null) {
        CcvcException error = source.error();
        screen.detail(texts.get("samples.unreadable", name,
            Rollout.oneLine(error == null ? null : error.getMessage())));
        continue;
      }
      TreeSet<String> codes = new TreeSet<>();
      validator.validate(source.profile(), Stage.SUBMISSION).violations()
          .forEach(violation -> codes.add(violation.code()));
      String found = String.join(";", codes);
      String listed = expected.get(name);
      boolean same = listed != null && new TreeSet<>(List.of(listed.split(";"))).equals(codes);
      matched += same ? 1 : 0;
      screen.detail(name + ": " + found + "  " + (same ? texts.get("samples.expected")
          : texts.get("samples.unexpected", listed == null ? "-" : listed)));
    }
    screen.item(texts.get("samples.summary", matched, sources.size()));
  }

  /** Reads {@code file,codes} lines; codes are separated by semicolons. */
  private static Map<String, String> expectedCodes(Path file) {
    Map<String, String> codes = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return codes;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int comma = line.indexOf(',');
        if (comma > 0 && !line.startsWith("file,")) {
          codes.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }
}
