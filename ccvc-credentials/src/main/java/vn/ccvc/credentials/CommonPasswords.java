package vn.ccvc.credentials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.ccvc.credentials.internal.Folding;

/**
 * A blocklist of common passwords for {@link NewPasswordPolicy}.
 *
 * <p>A password matches when, ignoring case, diacritics and white space, it is on the list; or
 * its core is on the list, the core being what is left after removing the digits and symbols at
 * its start and end ({@code matkhau@2024} has the core {@code matkhau}); or that core is on the
 * list once the usual character swaps are undone ({@code p@ssw0rd}: {@code @} for {@code a},
 * {@code 0} for {@code o}, also {@code 1} for {@code i} or {@code l}, {@code 3} for {@code e},
 * {@code 4} for {@code a}, {@code 5} and {@code $} for {@code s}, {@code 7} for {@code t},
 * {@code !} for {@code i}).
 *
 * <p>{@link #bundled()} is a small list composed for ccvc, with Vietnamese entries; its source
 * and licence are described in the {@code README.md} beside {@code common-passwords.txt} in
 * this package. A host can load a larger list with {@link #load(Path)}. Instances are immutable
 * and safe to share between threads.
 */
public final class CommonPasswords {

  private static final String BUNDLED = "common-passwords.txt";

  private final Set<String> keys;

  private CommonPasswords(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /**
   * Returns the bundled list, read once.
   *
   * @throws IllegalStateException if the bundled file is missing from the module
   */
  public static CommonPasswords bundled() {
    return Bundled.LIST;
  }

  /** Creates a list of the given passwords; blank entries are ignored. */
  public static CommonPasswords of(Collection<String> passwords) {
    Set<String> keys = new HashSet<>();
    for (String password : passwords) {
      String key = key(password);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return new CommonPasswords(keys);
  }

  /**
   * Reads a list in UTF-8, one password a line. Blank lines and lines starting with {@code #}
   * are ignored.
   *
   * @throws CredentialException with {@link CredentialException#PASSWORD_LIST_READ} if the
   *     file cannot be read
   */
  public static CommonPasswords load(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new CredentialException(CredentialException.PASSWORD_LIST_READ,
          "Cannot read the password list " + file + " (" + e + "); check that the file exists, "
              + "is readable and is in UTF-8.", e);
    }
  }

  /**
   * Reads a list from {@code in}, one password a line, which the caller closes. Blank lines and
   * lines starting with {@code #} are ignored.
   *
   * @throws IOException if reading fails
   */
  public static CommonPasswords read(Reader in) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    Set<String> keys = new HashSet<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.startsWith("#")) {
        String key = key(line);
        if (!key.isEmpty()) {
          keys.add(key);
        }
      }
    }
    return new CommonPasswords(keys);
  }

  /** Returns the number of distinct entries, after folding case and diacritics. */
  public int size() {
    return keys.size();
  }

  /** Tells whether {@code password} matches an entry, as the class description defines. */
  public boolean matches(String password) {
    String key = key(password);
    if (keys.contains(key)) {
      return true;
    }
    String core = core(key);
    return !core.isEmpty() && (keys.contains(core) || keys.contains(unswap(core, 'i'))
        || keys.contains(unswap(core, 'l')));
  }

  /** Returns the comparison key: folded loosely, without white space. */
  private static String key(String password) {
    String folded = Folding.foldLoosely(password);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !Names.isSpace(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Returns the key without the characters that are not letters at its start and end. */
  private static String core(String key) {
    int start = 0;
    int end = key.length();
    while (start < end && !Character.isLetter(key.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(key.charAt(end - 1))) {
      end--;
    }
    return key.substring(start, end);
  }

  /** Undoes the usual character swaps, reading {@code 1} as {@code one}. */
  private static String unswap(String core, char one) {
    StringBuilder out = new StringBuilder(core.length());
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      switch (c) {
        case '@', '4' -> out.append('a');
        case '0' -> out.append('o');
        case '1' -> out.append(one);
        case '!' -> out.append('i');
        case '3' -> out.append('e');
        case '5', '$' -> out.append('s');
        case '7' -> out.append('t');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Holder of the bundled list, so the file is read on first use. */
  private static final class Bundled {
    static final CommonPasswords LIST = readBundled();

    private static CommonPasswords readBundled() {
      try (InputStream in = CommonPasswords.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("The bundled password list " + BUNDLED
              + " is missing from the ccvc-credentials module; rebuild the module.");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled password list " + BUNDLED, e);
      }
    }
  }
}
