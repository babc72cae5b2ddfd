package vn.ccvc.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Liberation Serif, a Times-metric font with full Vietnamese coverage (SIL Open Font Licence
 * 1.1, text in {@code META-INF/licenses}), read from the {@code openpdf-fonts-extra} jar.
 *
 * <p>The font files are read once per JVM and kept as bytes, and each thread parses them once.
 */
final class Fonts {

  private static final String REGULAR = "liberation/LiberationSerif-Regular.ttf";
  private static final String BOLD = "liberation/LiberationSerif-Bold.ttf";
  private static final String ITALIC = "liberation/LiberationSerif-Italic.ttf";

  /** The three font files, read on first use. */
  private static final AtomicReference<byte[][]> FILES = new AtomicReference<>();

  /**
   * Parsed faces per thread, without and with GSUB. FontBox caches glyph data inside a parsed
   * font, so reusing it for the thread's next document saves parsing and most allocation. A
   * {@link TrueTypeFont} is not safe to share between threads, hence one set per thread.
   *
   * <p>NOTE: each thread that renders keeps about 1 MB of parsed fonts until it ends.
   */
  private static final ThreadLocal<TrueTypeFont[]> PLAIN = new ThreadLocal<>();
  private static final ThreadLocal<TrueTypeFont[]> WITH_GSUB = new ThreadLocal<>();

  /**
   * Widths of the characters of the Basic Multilingual Plane in 1/1000 em, NaN until measured:
   * regular, bold and italic without GSUB, then the same with GSUB. A width depends only on the
   * face, so every document and thread shares these tables. Two threads may measure the same
   * character at once, which is harmless because both store the same value. Each table takes
   * 256 KB and is made on first use, so a JVM keeps 768 KB, or twice that once GSUB is used.
   */
  private static final float[][] CHARACTER_WIDTHS = new float[6][];

  final PDType0Font regular;
  final PDType0Font bold;
  final PDType0Font italic;
  private final CmapLookup regularCmap;
  private final float[] regularWidths;
  private final float[] boldWidths;
  private final float[] italicWidths;

  private Fonts(PDDocument document, boolean glyphSubstitution) throws IOException {
    TrueTypeFont[] faces = faces(glyphSubstitution);
    regularCmap = faces[0].getUnicodeCmapLookup();
    regular = PDType0Font.load(document, faces[0], true);
    bold = PDType0Font.load(document, faces[1], true);
    italic = PDType0Font.load(document, faces[2], true);
    int first = glyphSubstitution ? 3 : 0;
    regularWidths = widthTable(first);
    boldWidths = widthTable(first + 1);
    italicWidths = widthTable(first + 2);
  }

  private static synchronized float[] widthTable(int index) {
    if (CHARACTER_WIDTHS[index] == null) {
      float[] table = new float[Character.MAX_VALUE + 1];
      Arrays.fill(table, Float.NaN);
      CHARACTER_WIDTHS[index] = table;
    }
    return CHARACTER_WIDTHS[index];
  }

  private static TrueTypeFont[] faces(boolean glyphSubstitution) throws IOException {
    ThreadLocal<TrueTypeFont[]> cache = glyphSubstitution ? WITH_GSUB : PLAIN;
    TrueTypeFont[] faces = cache.get();
    if (faces == null) {
      byte[][] data = files();
      faces = new TrueTypeFont[] {parse(data[0], glyphSubstitution),
          parse(data[1], glyphSubstitution), parse(data[2], glyphSubstitution)};
      cache.set(faces);
    }
    return faces;
  }

  /**
   * Loads the three faces into a document, embedded as subsets.
   *
   * @param glyphSubstitution whether PDFBox applies the font's GSUB table. Precomposed
   *     Vietnamese text needs none of its substitutions, and skipping the table made a form
   *     about 9 times faster in RenderBenchmark (docs/benchmarks.md)
   * @throws RenderException with code {@value RenderException#IO_CODE} if a font is missing
   */
  static Fonts load(PDDocument document, boolean glyphSubstitution) {
    try {
      return new Fonts(document, glyphSubstitution);
    } catch (IOException e) {
      throw new RenderException(RenderException.IO_CODE,
          "Cannot load the Liberation Serif font: " + e.getMessage()
              + "; put com.github.librepdf:openpdf-fonts-extra on the class path.", e);
    }
  }

  /**
   * Returns the width of the text in 1/1000 em, equal to {@link PDFont#getStringWidth}, which
   * adds the widths of the characters' codes in order. Each character is measured through
   * PDFBox once per JVM, because {@code getStringWidth} encodes the text again on every call.
   *
   * @throws UncheckedIOException if PDFBox cannot read the font's widths
   */
  float width(PDFont font, String text) {
    float[] table = widthTable(font);
    if (table == null) {
      return measure(font, text);
    }
    float width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return measure(font, text);
      }
      float known = table[c];
      if (Float.isNaN(known)) {
        known = measure(font, String.valueOf(c));
        table[c] = known;
      }
      width += known;
    }
    return width;
  }

  private float @Nullable [] widthTable(PDFont font) {
    if (font == regular) {
      return regularWidths;
    }
    if (font == bold) {
      return boldWidths;
    }
    return font == italic ? italicWidths : null;
  }

  private static float measure(PDFont font, String text) {
    try {
      return font.getStringWidth(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether the regular face has a glyph for the code point. */
  boolean canDraw(int codePoint) {
    return regularCmap.getGlyphId(codePoint) != 0;
  }

  private static TrueTypeFont parse(byte[] data, boolean glyphSubstitution) throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
    font.setEnableGsub(glyphSubstitution);
    return font;
  }

  private static byte[][] files() throws IOException {
    byte[][] loaded = FILES.get();
    if (loaded == null) {
      loaded = new byte[][] {read(REGULAR), read(BOLD), read(ITALIC)};
      FILES.compareAndSet(null, loaded);
    }
    return loaded;
  }

  private static byte[] read(String resource) throws IOException {
    ClassLoader loader = Fonts.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource " + resource + " not found");
      }
      return in.readAllBytes();
    }
  }
}
