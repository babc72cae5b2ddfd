package vn.ccvc.sync;

import java.util.List;
import java.util.Objects;
import vn.ccvc.model.Profile;
import vn.ccvc.sync.spi.SyncProblem;

/**
 * Maps a profile to the wire document a transport sends. Implementations must be stateless or
 * thread-safe, and deterministic: the same profile always gives the same bytes.
 */
public interface WireMapping {

  /**
   * Maps {@code profile}, checking it first.
   *
   * @return the document, or the problems that prevent sending it
   */
  Result map(Profile profile);

  /**
   * Outcome of mapping one profile.
   *
   * @param payload UTF-8 JSON document, empty when there are problems
   * @param problems what is incomplete or unmappable, empty when the payload can be sent
   */
  record Result(byte[] payload, List<SyncProblem> problems) {

    /** Creates a result, copying the problems. */
    public Result {
      Objects.requireNonNull(payload, "payload");
      problems = List.copyOf(problems);
    }

    /** Returns whether the payload can be sent. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }
}
