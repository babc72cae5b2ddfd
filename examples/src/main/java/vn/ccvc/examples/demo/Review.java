package vn.ccvc.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.ccvc.model.AgencyAssessment;
import vn.ccvc.model.CitizenId;
import vn.ccvc.model.validation.ProfileValidator;
import vn.ccvc.model.validation.Stage;
import vn.ccvc.model.validation.ValidationReport;
import vn.ccvc.workflow.Actor;
import vn.ccvc.workflow.Command;
import vn.ccvc.workflow.Decision;
import vn.ccvc.workflow.Organization;
import vn.ccvc.workflow.ProfileState;
import vn.ccvc.workflow.Role;
import vn.ccvc.workflow.RoleAssignment;

/**
 * Step 3: the unit's approver confirms most profiles and rejects a few with notes. Those
 * employees correct their profile and submit it again, and the approver confirms it. The
 * workflow rejects the approver's attempt to confirm their own profile, and the leader
 * confirms it instead.
 */
final class Review {

  /** Share of the profiles awaiting confirmation that the approver rejects. */
  private static final double REJECTED_SHARE = 0.1;

  /** The assessment of form 2C item 32, in Vietnamese as the form is. */
  private static final String ASSESSMENT = "Có phẩm chất chính trị, đạo đức tốt; hoàn thành "
      + "tốt nhiệm vụ được giao. Các thông tin kê khai trong sơ yếu lý lịch là đúng sự thật.";

  private static final String DEFAULT_TITLE = "Thủ trưởng cơ quan";

  /**
   * The result of the step.
   *
   * @param rejected profiles rejected with a note
   * @param confirmed profiles confirmed at the end of the step
   * @param history the first rejected employee, whose update history the report prints, or
   *     null when none was rejected
   */
  record Outcome(int rejected, int confirmed, @Nullable Employee history) {}

  private final Rollout.Context unit;
  private final Texts texts;
  private final Screen screen;
  private final Random random;

  Review(Rollout.Context unit, Texts texts, Screen screen, Random random) {
    this.unit = unit;
    this.texts = texts;
    this.screen = screen;
    this.random = random;
  }

  /** Runs the step on the employees whose profile awaits confirmation. */
  Outcome run(List<Employee> awaiting) {
    if (awaiting.isEmpty()) {
      screen.item(texts.get("review.none"));
      return new Outcome(0, 0, null);
    }
    Employee approver = awaiting.get(random.nextInt(awaiting.size()));
    Employee leader = pickOther(awaiting, approver);
    assignRoles(approver, leader);
    tryOwnApproval(approver);
    List<Employee> rejected = pickRejected(awaiting, approver, leader);

    Map<Employee, Corrections.Correction> corrections = new HashMap<>();
    try (Screen.Progress progress = screen.progress(texts.get("step.review"),
        awaiting.size() + rejected.size())) {
      for (int i = 0; i < awaiting.size(); i++) {
        Employee employee = awaiting.get(i);
        Instant at = unit.timeline.at(Timeline.Phase.REVIEW, i, 30);
        if (employee.equals(approver)) {
          if (!leader.equals(approver)) {
            approve(employee, leader, at);
          }
        } else if (rejected.contains(employee)) {
          corrections.put(employee, reject(employee, approver, at));
        } else {
          approve(employee, approver, at);
        }
        progress.step();
      }
      for (int i = 0; i < rejected.size(); i++) {
        Employee employee = rejected.get(i);
        resubmit(employee, corrections.get(employee).corrected(), i);
        approve(employee, approver, unit.timeline.at(Timeline.Phase.RECHECK, i));
        progress.step();
      }
    }

    printRejections(rejected, corrections);
    int confirmed = (int) unit.store.loadAll().stream()
        .filter(state -> state.confirmed() != null).count();
    if (leader.equals(approver)) {
      screen.item(texts.get("review.alone", approver.label()));
    }
    screen.item(texts.get("review.summary", confirmed, unit.employees.size(),
        rejected.size()));
    return new Outcome(rejected.size(), confirmed, rejected.isEmpty() ? null : rejected.get(0));
  }

  private Employee pickOther(List<Employee> awaiting, Employee approver) {
    if (awaiting.size() < 2) {
      return approver;
    }
    Employee other;
    do {
      other = awaiting.get(random.nextInt(awaiting.size()));
    } while (other.equals(approver));
    return other;
  }

  private void assignRoles(Employee approver, Employee leader) {
    String root = unit.layout.root().id();
    unit.organize(Organization.of(unit.layout.tree(), List.of(
        new RoleAssignment(approver.id(), Role.APPROVER, root, true),
        new RoleAssignment(leader.id(), Role.APPROVER, root, true),
        new RoleAssignment(leader.id(), Role.LEADER, root, true))));
    screen.item(texts.get("review.roles", approver.label(), leader.label(),
        unit.layout.root().name()));
  }

  private void tryOwnApproval(Employee approver) {
    ProfileState state = load(approver.id());
    Instant at = unit.timeline.at(Timeline.Phase.REVIEW, 0);
    Decision own = unit.service.execute(approver.id(),
        new Command.Approve(state.revision(),
            assessment(approver, at.atZone(Texts.VIETNAM).toLocalDate())),
        Actor.person(approver.id()), at);
    if (own instanceof Decision.Rejected refused) {
      screen.item(texts.get("review.ownRefused", approver.id().masked(),
          refused.code().code()));
    } else {
      throw RolloutException.stepFailed(texts, "step.review", approver,
          "the approver could confirm their own profile");
    }
  }

  private List<Employee> pickRejected(List<Employee> awaiting, Employee approver,
      Employee leader) {
    List<Employee> candidates = new ArrayList<>(awaiting);
    candidates.remove(approver);
    candidates.remove(leader);
    if (candidates.isEmpty()) {
      return List.of();
    }
    int count = Math.min(candidates.size(),
        Math.max(1, (int) Math.round(awaiting.size() * REJECTED_SHARE)));
    Collections.shuffle(candidates, random);
    List<Employee> chosen = new ArrayList<>(candidates.subList(0, count));
    chosen.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
    return chosen;
  }

  private void approve(Employee owner, Employee approver, Instant at) {
    ProfileState state = load(owner.id());
    LocalDate day = at.atZone(Texts.VIETNAM).toLocalDate();
    accept(owner, unit.service.execute(owner.id(),
        new Command.Approve(state.revision(), assessment(approver, day)),
        Actor.person(approver.id()), at));
  }

  private Corrections.Correction reject(Employee owner, Employee approver, Instant at) {
    Corrections.Correction correction = Corrections.of(owner.profile(), texts, random,
        unit.timeline.today().getYear());
    ProfileState state = load(owner.id());
    accept(owner, unit.service.execute(owner.id(),
        new Command.Reject(state.revision(), correction.note()), Actor.person(approver.id()),
        at));
    return correction;
  }

  private void resubmit(Employee owner, vn.ccvc.model.Profile corrected, int index) {
    ProfileValidator validator = unit.validator;
    Actor actor = Actor.person(owner.id());
    ValidationReport draft = validator.validate(corrected, Stage.DRAFT);
    ProfileState state = load(owner.id());
    accept(owner, unit.service.execute(owner.id(), new Command.Save(state.revision(), draft),
        actor, unit.timeline.at(Timeline.Phase.CORRECT, index)));
    ValidationReport full = validator.validate(draft.profile(), Stage.SUBMISSION);
    accept(owner, unit.service.execute(owner.id(),
        new Command.Submit(state.revision() + 1, full), actor,
        unit.timeline.at(Timeline.Phase.CORRECT, index, 120)));
  }

  private void printRejections(List<Employee> rejected,
      Map<Employee, Corrections.Correction> corrections) {
    for (Employee employee : rejected) {
      screen.item(texts.get("review.rejected", employee.label(),
          corrections.get(employee).note()));
    }
  }

  private AgencyAssessment assessment(Employee signer, LocalDate day) {
    String title = signer.profile().employment().currentPosition();
    return new AgencyAssessment(ASSESSMENT, unit.layout.place(), day.toString(), signer.name(),
        title == null ? DEFAULT_TITLE : title);
  }

  private ProfileState load(CitizenId id) {
    return unit.store.load(id).orElseThrow();
  }

  private void accept(Employee owner, Decision decision) {
    RolloutException.requireAccepted(decision, texts, "step.review", owner);
  }
}
