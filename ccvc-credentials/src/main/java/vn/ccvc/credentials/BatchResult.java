package vn.ccvc.credentials;

import java.util.List;

/**
 * The outcome of issuing credentials for a batch: one result a row, in input order, none left
 * out. Instances are immutable.
 *
 * @param rows the result of every row
 */
public record BatchResult(List<RowResult> rows) {

  /** Creates a result, copying the rows. */
  public BatchResult {
    rows = List.copyOf(rows);
  }

  /** Returns the rows that got a credential, in input order. */
  public List<RowResult.Issued> issued() {
    return rows.stream().filter(RowResult.Issued.class::isInstance)
        .map(RowResult.Issued.class::cast).toList();
  }

  /** Returns the rows that got none, in input order. */
  public List<RowResult.Failed> failed() {
    return rows.stream().filter(RowResult.Failed.class::isInstance)
        .map(RowResult.Failed.class::cast).toList();
  }

  /** Tells whether every row got a credential; true for an empty batch. */
  public boolean allIssued() {
    return rows.stream().allMatch(RowResult.Issued.class::isInstance);
  }
}
