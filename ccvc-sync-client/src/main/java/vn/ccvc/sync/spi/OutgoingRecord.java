package vn.ccvc.sync.spi;

import java.util.Objects;
import vn.ccvc.model.CitizenId;

/**
 * One record ready to send: the mapped wire document and its idempotency key. The payload is
 * the exact byte sequence to send, so every attempt and every run sends identical bytes.
 *
 * @param idempotencyKey key derived from the citizen ID and the confirmed version
 * @param citizenId the 12-digit citizen ID; log only {@link #maskedCitizenId()}
 * @param payload UTF-8 JSON of the wire document; callers must not modify the array
 */
public record OutgoingRecord(String idempotencyKey, String citizenId, byte[] payload) {

  /** Creates a record, checking that no component is null. */
  public OutgoingRecord {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(payload, "payload");
  }

  /** Returns the citizen ID masked for logs and messages. */
  public String maskedCitizenId() {
    return CitizenId.mask(citizenId);
  }

  /** Returns a description without the full ID or the payload. */
  @Override
  public String toString() {
    return "OutgoingRecord[" + maskedCitizenId() + ", " + payload.length + " bytes]";
  }
}
