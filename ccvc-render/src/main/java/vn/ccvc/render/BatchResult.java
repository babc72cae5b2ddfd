package vn.ccvc.render;

import java.util.List;

/**
 * The outcome of a batch, one item per profile file in sorted path order.
 *
 * @param items the outcomes
 */
public record BatchResult(List<BatchItem> items) {

  /** Copies the list. */
  public BatchResult {
    items = List.copyOf(items);
  }

  /** Returns the number of profiles rendered. */
  public long succeeded() {
    return items.stream().filter(BatchItem::succeeded).count();
  }

  /** Returns the number of profiles that could not be rendered. */
  public long failed() {
    return items.size() - succeeded();
  }
}
