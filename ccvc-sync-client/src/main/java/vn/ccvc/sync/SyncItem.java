package vn.ccvc.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import vn.ccvc.model.Profile;
import vn.ccvc.model.json.ProfileCodec;

/**
 * A profile to sync and the version that identifies its content, such as the workflow's
 * confirmed version number.
 *
 * @param profile the confirmed profile
 * @param version the confirmed version; the idempotency key derives from it and the citizen ID
 */
public record SyncItem(Profile profile, String version) {

  /** Creates an item, checking that no component is null or blank. */
  public SyncItem {
    Objects.requireNonNull(profile, "profile");
    if (Objects.requireNonNull(version, "version").isBlank()) {
      throw new IllegalArgumentException("version must not be blank");
    }
  }

  /**
   * Returns an item for a profile without a confirmed version, such as one read from a file:
   * the version is {@code sha256:} and the hex SHA-256 of the profile's canonical JSON, so the
   * same content always gets the same key.
   */
  public static SyncItem ofContent(Profile profile) {
    byte[] canonical = ProfileCodec.create().canonicalBytes(profile);
    return new SyncItem(profile, "sha256:" + HexFormat.of().formatHex(sha256(canonical)));
  }

  /**
   * Returns the idempotency key for a citizen ID and version: the hex SHA-256 of both, so the
   * key carries no readable personal data.
   */
  public static String idempotencyKey(String citizenId, String version) {
    byte[] text = (citizenId + "\n" + version).getBytes(StandardCharsets.UTF_8);
    return HexFormat.of().formatHex(sha256(text));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
