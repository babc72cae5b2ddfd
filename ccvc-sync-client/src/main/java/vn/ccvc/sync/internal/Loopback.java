package vn.ccvc.sync.internal;

import java.net.URI;
import java.util.Locale;

/** Tells whether a URI names this machine: 127.0.0.0/8, {@code ::1} or {@code localhost}. */
public final class Loopback {

  private Loopback() {}

  /** Returns whether {@code uri}'s host is a loopback address or {@code localhost}. */
  public static boolean isLoopback(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
        || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
