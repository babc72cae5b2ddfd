package vn.ccvc.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A golden record of a rendered PDF: its SHA-256, its page count and its extracted text, kept
 * under {@code src/test/resources/golden/} as UTF-8 text. Whole PDFs are not stored, because
 * the embedded font subsets make each one about 65 KB.
 *
 * <p>With the system property {@code ccvc.golden.update=true}, {@link #check} rewrites the
 * file from the new PDF instead of comparing, as {@link #REGENERATE} shows.
 */
record Golden(String sha256, int pages, List<String> text) {

  /** The command that rewrites every golden file from the renderer's current output. */
  static final String REGENERATE = "mvn -pl ccvc-render -am verify -Dtest=GoldenFileTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dccvc.golden.update=true";

  /** The folder of the golden files, relative to the module, where Maven runs the tests. */
  static final Path FOLDER = Path.of("src", "test", "resources", "golden");

  private static final String HEADER = "# Golden record of a form 2C rendering. Regenerate: ";

  Golden {
    text = List.copyOf(text);
  }

  /** Reads the hash, page count and text (NFC, one entry per extracted line) of a PDF. */
  static Golden of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
      return new Golden(sha256(pdf), document.getNumberOfPages(), nfc.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares the PDF with the golden file {@code name}, or rewrites that file when the
   * property {@code ccvc.golden.update} is {@code true}.
   *
   * @throws AssertionError naming what differs (page count, the first different text line,
   *     or only the bytes) and the command that regenerates the file
   */
  static void check(String name, byte[] pdf) {
    Golden actual = of(pdf);
    Path file = FOLDER.resolve(name + ".txt");
    if (Boolean.getBoolean("ccvc.golden.update")) {
      actual.write(file);
      return;
    }
    if (!Files.exists(file)) {
      throw new AssertionError("Golden file " + file.toAbsolutePath() + " is missing; create"
          + " it with: " + REGENERATE);
    }
    String difference = read(file).describeDifference(actual);
    if (difference != null) {
      throw new AssertionError("Rendering of " + name + " differs from " + file + ": "
          + difference + ". If the change is intended, review it and regenerate with: "
          + REGENERATE);
    }
  }

  /** Returns what differs from {@code actual}, or null when nothing does. */
  String describeDifference(Golden actual) {
    if (pages != actual.pages) {
      return "page count " + actual.pages + " instead of " + pages;
    }
    int lines = Math.max(text.size(), actual.text.size());
    for (int i = 0; i < lines; i++) {
      String expected = i < text.size() ? text.get(i) : "(no line)";
      String found = i < actual.text.size() ? actual.text.get(i) : "(no line)";
      if (!expected.equals(found)) {
        return "extracted text line " + (i + 1) + " is \"" + found + "\" instead of \"" + expected + "\"";
      }
    }
    if (!sha256.equals(actual.sha256)) {
      return "same pages and text, but SHA-256 " + actual.sha256 + " instead of " + sha256
          + ", so the layout, fonts, photo, metadata or compression changed (a Java runtime"
          + " with another sRGB profile or zlib also changes the bytes)";
    }
    return null;
  }

  private void write(Path file) {
    List<String> out = new ArrayList<>();
    out.add(HEADER + REGENERATE);
    out.add("sha256: " + sha256);
    out.add("pages: " + pages);
    out.add("text:");
    out.addAll(text);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Golden read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.size() < 4 || !lines.get(1).startsWith("sha256: ")
        || !lines.get(2).startsWith("pages: ") || !lines.get(3).equals("text:")) {
      throw new AssertionError("Golden file " + file + " is not in the expected format;"
          + " regenerate it with: " + REGENERATE);
    }
    return new Golden(lines.get(1).substring(8), Integer.parseInt(lines.get(2).substring(7)),
        lines.subList(4, lines.size()));
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
