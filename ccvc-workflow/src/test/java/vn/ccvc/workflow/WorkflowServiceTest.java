package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ccvc.workflow.Fixtures.APPROVER;
import static vn.ccvc.workflow.Fixtures.OWNER;
import static vn.ccvc.workflow.Fixtures.WARD;
import static vn.ccvc.workflow.Fixtures.at;
import static vn.ccvc.workflow.Fixtures.draft;
import static vn.ccvc.workflow.Fixtures.profile;
import static vn.ccvc.workflow.Fixtures.submission;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ccvc.model.CitizenId;

/** The service over a store, and the in-memory store's compare-and-set. */
class WorkflowServiceTest {

  private static final CitizenId OTHER = CitizenId.parse("038190022222");

  private final InMemoryWorkflowStore store = new InMemoryWorkflowStore();
  private final WorkflowService service = new WorkflowService(Fixtures.workflow(), store);

  @Test
  void issueThenSave_stored() {
    service.issue(OWNER, WARD, at(0)).orThrow();
    Decision saved = service.execute(OWNER, new Command.Save(0, draft(profile("A"))),
        Actor.person(OWNER), at(1));

    assertThat(store.load(OWNER)).contains(saved.orThrow());
    assertThat(store.events(OWNER)).hasSize(2);
    assertThat(service.history(OWNER).orElseThrow().state()).isEqualTo(saved.orThrow());
  }

  @Test
  void issueTwice_rejected() {
    service.issue(OWNER, WARD, at(0)).orThrow();
    Decision again = service.issue(OWNER, WARD, at(1));

    assertThat(((Decision.Rejected) again).code()).isEqualTo(RejectionCode.ALREADY_ISSUED);
    assertThat(((Decision.Rejected) again).message()).isEqualTo("An account for 038*****1234 is"
        + " already issued. Act on the existing profile.");
    assertThat(store.events(OWNER)).hasSize(1);
  }

  @Test
  void execute_unknownProfile() {
    Decision decision = service.execute(OWNER, new Command.Withdraw(0), Actor.person(OWNER),
        at(0));

    assertThat(((Decision.Rejected) decision).code())
        .isEqualTo(RejectionCode.PROFILE_NOT_FOUND);
    assertThat(((Decision.Rejected) decision).message())
        .isEqualTo("No profile of 038*****1234 is stored. Issue the account first.");
    assertThat(service.history(OWNER)).isEmpty();
  }

  @Test
  void rejected_changesNothing() {
    service.issue(OWNER, WARD, at(0)).orThrow();
    ProfileState before = store.load(OWNER).orElseThrow();
    service.execute(OWNER, new Command.Withdraw(0), Actor.person(OWNER), at(1));

    assertThat(store.load(OWNER)).contains(before);
    assertThat(store.events(OWNER)).hasSize(1);
  }

  @Test
  void executeAll_eachOnItsOwn() {
    for (CitizenId owner : List.of(OWNER, OTHER)) {
      service.issue(owner, WARD, at(0)).orThrow();
      service.execute(owner, new Command.Save(0, draft(profile("A"))), Actor.person(owner),
          at(1)).orThrow();
    }
    service.execute(OWNER, new Command.Submit(1, submission(profile("A"))),
        Actor.person(OWNER), at(2)).orThrow();
    CitizenId missing = CitizenId.parse("001000000001");

    List<BulkResult> results = service.executeAll(List.of(OWNER, OTHER, OWNER, missing),
        state -> new Command.Approve(state.revision(), Fixtures.assessment()),
        Actor.person(APPROVER), at(3));

    assertThat(results.get(0).decision().orThrow().status())
        .isEqualTo(ProfileStatus.CONFIRMED);
    assertThat(((Decision.Rejected) results.get(1).decision()).code())
        .isEqualTo(RejectionCode.STATUS_NOT_ALLOWED);
    assertThat(((Decision.Rejected) results.get(2).decision()).code())
        .isEqualTo(RejectionCode.DUPLICATE_IN_SELECTION);
    assertThat(((Decision.Rejected) results.get(3).decision()).code())
        .isEqualTo(RejectionCode.PROFILE_NOT_FOUND);
    assertThat(store.load(OWNER).orElseThrow().confirmedVersion()).isEqualTo(1);
  }

  @Test
  void compareAndSet_staleRevisionStoresNothing() {
    Workflow workflow = Fixtures.workflow();
    Decision.Accepted issued = (Decision.Accepted) workflow.issue(OWNER, WARD, at(0));
    assertThat(store.compareAndSet(WorkflowStore.ABSENT, issued.state(), issued.events()))
        .isTrue();
    assertThat(store.compareAndSet(WorkflowStore.ABSENT, issued.state(), issued.events()))
        .isFalse();
    Decision.Accepted first = (Decision.Accepted) workflow.decide(issued.state(),
        new Command.Save(0, draft(profile("A"))), Actor.person(OWNER), at(1));
    Decision.Accepted second = (Decision.Accepted) workflow.decide(issued.state(),
        new Command.Save(0, draft(profile("B"))), Actor.person(OWNER), at(1));

    assertThat(store.compareAndSet(0, first.state(), first.events())).isTrue();
    assertThat(store.compareAndSet(0, second.state(), second.events())).isFalse();
    assertThat(store.events(OWNER)).hasSize(2);
    assertThat(store.loadAll()).containsExactly(first.state());
  }

  @Test
  void compareAndSet_eventsMustContinue() {
    Decision.Accepted issued = (Decision.Accepted) Fixtures.workflow().issue(OWNER, WARD, at(0));

    assertThatThrownBy(() -> store.compareAndSet(5, issued.state(), issued.events()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Event issue account has revision 0 where 6 was expected");
  }
}
