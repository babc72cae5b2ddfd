package vn.ccvc.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * Flows text down A4 pages from top to bottom, opening a page when one is full. Lengths are in
 * PDF points (1/72 inch); {@code y} is the top of the next line, measured from the page bottom.
 * Not thread-safe: one per document.
 */
final class PageFlow {

  static final float MM = 72f / 25.4f;

  /** Margins within the state-document rules of Decree 30/2020/NĐ-CP (A4 portrait). */
  static final float TOP = 20 * MM;
  static final float BOTTOM = 20 * MM;
  static final float LEFT = 30 * MM;
  static final float RIGHT = 15 * MM;

  static final float BODY_SIZE = 13;
  static final float TABLE_SIZE = 11.5f;
  private static final float LEADING = 1.2f;
  private static final float CELL_PAD = 2.5f;

  private final PDDocument document;
  private final Fonts fonts;
  private final PDRectangle box = PDRectangle.A4;
  private @Nullable PDPageContentStream stream;
  private float y;
  private float lastX;
  private float lastBaseline;

  PageFlow(PDDocument document, Fonts fonts) {
    this.document = document;
    this.fonts = fonts;
    newPage();
  }

  float left() {
    return LEFT;
  }

  float right() {
    return box.getWidth() - RIGHT;
  }

  float y() {
    return y;
  }

  void moveTo(float newY) {
    y = newY;
  }

  void skip(float points) {
    y -= points;
  }

  float pageTop() {
    return box.getHeight() - TOP;
  }

  /** Opens a new page unless {@code height} points still fit on this one. */
  void ensure(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void newPage() {
    closeStream();
    PDPage page = new PDPage(box);
    document.addPage(page);
    try {
      stream = new PDPageContentStream(document, page, AppendMode.OVERWRITE, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = pageTop();
  }

  /** Returns the width of the text in points, measured once per font and text. */
  float width(PDFont font, float size, String text) {
    return fonts.width(font, text) * size / 1000f;
  }

  /**
   * Wraps runs between {@code x0} and {@code x1} as {@link #paragraph} does, without drawing
   * them.
   */
  List<List<Segment>> wrap(List<Run> runs, float x0, float x1, float hanging, float size) {
    return Wrapper.wrap(this, runs, x0, x1, hanging, size);
  }

  static float leading(float size) {
    return size * LEADING;
  }

  /**
   * Draws runs as one paragraph between {@code x0} and {@code x1}, wrapping at spaces and
   * breaking a word longer than a line; wrapped lines start at {@code x0 + hanging}.
   */
  void paragraph(List<Run> runs, float x0, float x1, float hanging, float size) {
    List<List<Segment>> lines = wrap(runs, x0, x1, hanging, size);
    for (List<Segment> line : lines) {
      ensure(leading(size));
      float baseline = y - size;
      for (Segment segment : line) {
        show(segment.font(), size, segment.x(), baseline, segment.text());
      }
      lastX = line.isEmpty() ? x0 : end(line.get(line.size() - 1), size);
      lastBaseline = baseline;
      y -= leading(size);
    }
  }

  /** Draws a dotted line on the baseline of the last paragraph line, up to the right margin. */
  void dotsAfterLast() {
    float from = lastX + 3;
    if (right() - from > 10) {
      dots(from, right(), lastBaseline);
    }
  }

  /** Draws one full line of dots, the space form 2C leaves for a hand-written value. */
  void dotLine(float size) {
    ensure(leading(size));
    dots(left(), right(), y - size);
    y -= leading(size);
  }

  /** Draws one line of dots between two x positions, below the last line. */
  void dotLineBetween(float x0, float x1, float size) {
    ensure(leading(size));
    dots(x0, x1, y - size);
    y -= leading(size);
  }

  /** Draws text centred between two x positions, wrapped onto more lines when too wide. */
  void centered(String text, PDFont font, float size, float x0, float x1) {
    for (List<Segment> line : wrap(List.of(new Run(text, font)), x0, x1, 0, size)) {
      ensure(leading(size));
      if (!line.isEmpty()) {
        String piece = line.get(0).text();
        float x = x0 + (x1 - x0 - width(font, size, piece)) / 2;
        show(font, size, x, y - size, piece);
      }
      y -= leading(size);
    }
  }

  void at(String text, PDFont font, float size, float x, float baseline) {
    show(font, size, x, baseline, text);
  }

  void rectangle(float x, float yBottom, float w, float h) {
    try {
      current().setLineWidth(0.6f);
      current().addRect(x, yBottom, w, h);
      current().stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void line(float x0, float y0, float x1, float y1) {
    try {
      current().setLineWidth(0.6f);
      current().moveTo(x0, y0);
      current().lineTo(x1, y1);
      current().stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDPageContentStream current() {
    if (stream == null) {
      throw new IllegalStateException("the page flow is finished");
    }
    return stream;
  }

  /** Closes the last page and numbers every page but the first, centred in the top margin. */
  void finish() {
    closeStream();
    int count = document.getNumberOfPages();
    for (int i = 1; i < count; i++) {
      PDPage page = document.getPage(i);
      String number = String.valueOf(i + 1);
      float x = (box.getWidth() - width(fonts.regular, BODY_SIZE, number)) / 2;
      try (PDPageContentStream numbers =
          new PDPageContentStream(document, page, AppendMode.APPEND, false)) {
        write(numbers, fonts.regular, BODY_SIZE, x, box.getHeight() - 12 * MM, number);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      for (PDPage page : document.getPages()) {
        Deflate.contents(page);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static float cellPad() {
    return CELL_PAD;
  }

  private void dots(float from, float to, float baseline) {
    try {
      PDPageContentStream s = current();
      s.saveGraphicsState();
      s.setLineWidth(0.8f);
      s.setLineCapStyle(1);
      s.setLineDashPattern(new float[] {0, 3}, 0);
      s.moveTo(from, baseline + 0.5f);
      s.lineTo(to, baseline + 0.5f);
      s.stroke();
      s.restoreGraphicsState();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(PDFont font, float size, float x, float baseline, String text) {
    try {
      write(current(), font, size, x, baseline, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(PDPageContentStream s, PDFont font, float size, float x,
      float baseline, String text) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, baseline);
    s.showText(text);
    s.endText();
  }

  private void closeStream() {
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      stream = null;
    }
  }

  /** A piece of a wrapped line: text in one font starting at {@code x}. */
  record Segment(String text, PDFont font, float x) {}

  private float end(Segment segment, float size) {
    return segment.x() + width(segment.font(), size, segment.text());
  }

  /** Greedy line breaking over runs of different fonts. */
  static final class Wrapper {

    private final PageFlow flow;
    private final float size;
    private final float x1;
    private final float lineStart;
    private final List<List<Segment>> lines = new ArrayList<>();
    private List<Segment> line = new ArrayList<>();
    private float x;
    private @Nullable PDFont font;
    private StringBuilder text = new StringBuilder();
    private float textX;

    private Wrapper(PageFlow flow, float x0, float x1, float hanging, float size) {
      this.flow = flow;
      this.size = size;
      this.x1 = x1;
      this.lineStart = x0 + hanging;
      this.x = x0;
      this.textX = x0;
    }

    static List<List<Segment>> wrap(PageFlow flow, List<Run> runs, float x0, float x1,
        float hanging, float size) {
      Wrapper wrapper = new Wrapper(flow, x0, x1, hanging, size);
      for (Run run : runs) {
        wrapper.add(run);
      }
      wrapper.endLine();
      return wrapper.lines;
    }

    private void add(Run run) {
      boolean leadingSpace = run.text().startsWith(" ");
      String[] words = run.text().trim().split(" ");
      for (int i = 0; i < words.length; i++) {
        if (!words[i].isEmpty()) {
          word(words[i], run.font(), i > 0 || leadingSpace);
        }
      }
      if (run.text().endsWith(" ") && !run.text().isBlank()) {
        pendingSpace = true;
      }
    }

    private boolean pendingSpace;

    private void word(String word, PDFont wordFont, boolean spaceBefore) {
      boolean space = (spaceBefore || pendingSpace) && (text.length() > 0 || !line.isEmpty());
      pendingSpace = false;
      float spaceWidth = space ? flow.width(wordFont, size, " ") : 0;
      float wordWidth = flow.width(wordFont, size, word);
      if (x + spaceWidth + wordWidth > x1 && (text.length() > 0 || !line.isEmpty())) {
        endLine();
        space = false;
        spaceWidth = 0;
      }
      if (wordWidth > x1 - x) {
        breakWord(word, wordFont);
        return;
      }
      append((space ? " " : "") + word, wordFont, spaceWidth + wordWidth);
    }

    /** Breaks a word that is wider than a whole line, character by character. */
    private void breakWord(String word, PDFont wordFont) {
      int start = 0;
      while (start < word.length()) {
        int end = start;
        while (end < word.length()) {
          int next = word.offsetByCodePoints(end, 1);
          if (x + flow.width(wordFont, size, word.substring(start, next)) > x1 && end > start) {
            break;
          }
          end = next;
        }
        String piece = word.substring(start, end);
        append(piece, wordFont, flow.width(wordFont, size, piece));
        start = end;
        if (start < word.length()) {
          endLine();
        }
      }
    }

    private void append(String piece, PDFont pieceFont, float pieceWidth) {
      if (font != pieceFont && text.length() > 0) {
        flush();
      }
      if (text.length() == 0) {
        textX = x;
      }
      font = pieceFont;
      text.append(piece);
      x += pieceWidth;
    }

    private void flush() {
      if (text.length() > 0 && font != null) {
        line.add(new Segment(text.toString(), font, textX));
      }
      text = new StringBuilder();
    }

    private void endLine() {
      flush();
      lines.add(line);
      line = new ArrayList<>();
      x = lineStart;
      textX = lineStart;
    }
  }
}
