package vn.ccvc.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.ccvc.model.CitizenId;

/**
 * A {@link WorkflowStore} in memory, for tests and for hosts that keep state elsewhere.
 * Safe to use from many threads: {@link #compareAndSet} is atomic per profile.
 */
public final class InMemoryWorkflowStore implements WorkflowStore {

  private record Entry(ProfileState state, List<WorkflowEvent> events) {}

  private final Map<CitizenId, Entry> entries = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryWorkflowStore() {}

  @Override
  public Optional<ProfileState> load(CitizenId owner) {
    Entry entry = entries.get(owner);
    return entry == null ? Optional.empty() : Optional.of(entry.state());
  }

  @Override
  public List<WorkflowEvent> events(CitizenId owner) {
    Entry entry = entries.get(owner);
    return entry == null ? List.of() : entry.events();
  }

  @Override
  public List<ProfileState> loadAll() {
    return entries.values().stream().map(Entry::state).toList();
  }

  @Override
  public boolean compareAndSet(long expectedRevision, ProfileState state,
      List<WorkflowEvent> events) {
    WorkflowStore.checkContinues(expectedRevision, state, events);
    boolean[] stored = {false};
    entries.compute(state.owner(), (owner, entry) -> {
      long current = entry == null ? ABSENT : entry.state().revision();
      if (current != expectedRevision) {
        return entry;
      }
      List<WorkflowEvent> all = new ArrayList<>(entry == null ? List.of() : entry.events());
      all.addAll(events);
      stored[0] = true;
      return new Entry(state, List.copyOf(all));
    });
    return stored[0];
  }

  @Override
  public String toString() {
    return "InMemoryWorkflowStore[" + entries.size() + " profiles]";
  }
}
