package vn.ccvc.sync;

/** Final state of one record in a sync run. */
public enum Outcome {
  /** The ministry stored the record in this run. */
  ACCEPTED,
  /** The ministry already held a record with the same idempotency key and content. */
  ALREADY_PRESENT,
  /** The ministry rejected the record; its error codes and messages are in the problems. */
  REJECTED,
  /** The mapping found the profile incomplete or unmappable, so nothing was sent. */
  INVALID,
  /** Every attempt failed, or the deadline passed; the record stays in the journal. */
  FAILED;

  /** Returns whether the ministry has stored the record after this outcome. */
  public boolean isSuccess() {
    return this == ACCEPTED || this == ALREADY_PRESENT;
  }
}
