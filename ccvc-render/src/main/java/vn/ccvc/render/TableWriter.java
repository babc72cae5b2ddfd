package vn.ccvc.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws ruled tables, repeating the header row on every page the table reaches. A row is never
 * split across pages unless it alone is taller than a page. Such a row continues on the next
 * page under the header, after a marker. Not thread-safe.
 */
final class TableWriter {

  private static final float SIZE = PageFlow.TABLE_SIZE;

  /** Printed above the part of a row that continues from the previous page. */
  static final String CONTINUED = "(tiếp theo)";

  private final PageFlow flow;
  private final PDFont headerFont;
  private final PDFont bodyFont;

  TableWriter(PageFlow flow, PDFont headerFont, PDFont bodyFont) {
    this.flow = flow;
    this.headerFont = headerFont;
    this.bodyFont = bodyFont;
  }

  /**
   * Draws a table across the text width.
   *
   * @param fractions the share of the width of each column; they sum to 1
   * @param header the header cells, already checked
   * @param rows the body rows, already checked, each with one cell per column
   */
  void table(float[] fractions, List<String> header, List<List<String>> rows) {
    float[] xs = columns(fractions);
    List<List<String>> headerLines = wrapRow(header, xs, headerFont);
    float headerHeight = height(headerLines);
    flow.ensure(headerHeight + PageFlow.leading(SIZE) + 2 * PageFlow.cellPad());
    drawRow(headerLines, xs, headerFont, 0, height(headerLines));
    for (List<String> row : rows) {
      List<List<String>> lines = wrapRow(row, xs, bodyFont);
      float rowHeight = height(lines);
      float page = flow.pageTop() - PageFlow.BOTTOM - headerHeight;
      if (rowHeight > page) {
        splitRow(lines, xs, headerLines);
        continue;
      }
      if (flow.y() - rowHeight < PageFlow.BOTTOM) {
        flow.newPage();
        drawRow(headerLines, xs, headerFont, 0, headerHeight);
      }
      drawRow(lines, xs, bodyFont, 0, rowHeight);
    }
  }

  /** Draws a row taller than a page in slices, each on its own page under the header. */
  private void splitRow(List<List<String>> lines, float[] xs, List<List<String>> headerLines) {
    int total = lines.stream().mapToInt(List::size).max().orElse(0);
    int first = 0;
    while (first < total) {
      float room = flow.y() - PageFlow.BOTTOM - 2 * PageFlow.cellPad();
      int fit = (int) (room / PageFlow.leading(SIZE));
      if (fit < 2) {
        flow.newPage();
        drawRow(headerLines, xs, headerFont, 0, height(headerLines));
        continue;
      }
      if (first > 0) {
        // A continued slice starts with a marker, so a reader knows the row began earlier.
        flow.at(CONTINUED, bodyFont, SIZE, xs[0] + PageFlow.cellPad(), flow.y() - SIZE);
        flow.skip(PageFlow.leading(SIZE));
        fit--;
      }
      int count = Math.min(fit, total - first);
      drawRow(lines, xs, bodyFont, first, count * PageFlow.leading(SIZE)
          + 2 * PageFlow.cellPad(), count);
      first += count;
      if (first < total) {
        flow.newPage();
        drawRow(headerLines, xs, headerFont, 0, height(headerLines));
      }
    }
  }

  private void drawRow(List<List<String>> cells, float[] xs, PDFont font, int firstLine,
      float rowHeight) {
    drawRow(cells, xs, font, firstLine, rowHeight, Integer.MAX_VALUE);
  }

  private void drawRow(List<List<String>> cells, float[] xs, PDFont font, int firstLine,
      float rowHeight, int maxLines) {
    float top = flow.y();
    float bottom = top - rowHeight;
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines = cells.get(c);
      float baseline = top - PageFlow.cellPad() - SIZE;
      int last = Math.min(lines.size(), firstLine + maxLines);
      for (int i = firstLine; i < last; i++) {
        flow.at(lines.get(i), font, SIZE, xs[c] + PageFlow.cellPad(), baseline);
        baseline -= PageFlow.leading(SIZE);
      }
      flow.rectangle(xs[c], bottom, xs[c + 1] - xs[c], rowHeight);
    }
    flow.moveTo(bottom);
  }

  private float[] columns(float[] fractions) {
    float[] xs = new float[fractions.length + 1];
    float width = flow.right() - flow.left();
    xs[0] = flow.left();
    for (int i = 0; i < fractions.length; i++) {
      xs[i + 1] = xs[i] + fractions[i] * width;
    }
    xs[fractions.length] = flow.right();
    return xs;
  }

  private List<List<String>> wrapRow(List<String> cells, float[] xs, PDFont font) {
    List<List<String>> wrapped = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      float x0 = xs[c] + PageFlow.cellPad();
      float x1 = xs[c + 1] - PageFlow.cellPad();
      List<String> lines = new ArrayList<>();
      for (List<PageFlow.Segment> line : flow.wrap(
          List.of(new Run(cells.get(c), font)), x0, x1, 0, SIZE)) {
        lines.add(line.isEmpty() ? "" : line.get(0).text());
      }
      wrapped.add(lines);
    }
    return wrapped;
  }

  private static float height(List<List<String>> cells) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return lines * PageFlow.leading(SIZE) + 2 * PageFlow.cellPad();
  }
}
