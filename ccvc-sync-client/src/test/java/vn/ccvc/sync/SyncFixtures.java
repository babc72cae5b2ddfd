package vn.ccvc.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.ccvc.model.Identity;
import vn.ccvc.model.Profile;
import vn.ccvc.model.Sex;

/** Profiles and settings shared by the sync tests. */
final class SyncFixtures {

  /** Retries fast enough to sync a thousand profiles against faults within seconds. */
  static final RetrySettings FAST = new RetrySettings(40, Duration.ofMillis(1),
      Duration.ofMillis(20), Duration.ofSeconds(50), 10, Duration.ofMillis(5));

  private SyncFixtures() {}

  /** Returns the 12-digit citizen ID of profile number {@code n}. */
  static String citizenId(int n) {
    return String.format("0381%08d", n);
  }

  /** Returns a profile with the fields the wire mapping requires. */
  static Profile profile(int n) {
    Identity identity = new Identity(null, null, null, null, "Nguyễn Văn An " + n, null, null,
        null, null, "1985-05-15", n % 2 == 0 ? Sex.MALE : Sex.FEMALE, "Thanh Hóa", "Thanh Hóa",
        "01", "00", citizenId(n), "2021-03-01", null, null, null);
    return new Profile(Profile.SCHEMA_VERSION, identity, null, null, null, null, null, null,
        null, null, null, null);
  }

  /** Returns items for profiles 0 to {@code count − 1}, each with confirmed version 1. */
  static List<SyncItem> items(int count) {
    List<SyncItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(new SyncItem(profile(i), "1"));
    }
    return items;
  }
}
