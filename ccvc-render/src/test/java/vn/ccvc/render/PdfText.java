package vn.ccvc.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text read back from a rendered PDF with PDFBox's {@link PDFTextStripper}. */
final class PdfText {

  /** A line of extracted text with the page (from 1) and the baseline height from the top. */
  record Line(int page, float top, String text) {}

  private PdfText() {}

  /** Returns all text, NFC, with runs of white space as one space. */
  static String all(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every extracted line with its page and position. */
  static List<Line> lines(byte[] pdf) {
    List<Line> lines = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        private final StringBuilder line = new StringBuilder();
        private float top = -1;

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          if (top < 0 && !positions.isEmpty()) {
            top = positions.get(0).getYDirAdj();
          }
          line.append(text);
        }

        @Override
        protected void writeWordSeparator() {
          line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
          flush();
        }

        @Override
        protected void writePageEnd() throws IOException {
          flush();
          super.writePageEnd();
        }

        private void flush() {
          if (line.length() > 0) {
            lines.add(new Line(getCurrentPageNo(), top,
                Normalizer.normalize(line.toString(), Normalizer.Form.NFC)));
          }
          line.setLength(0);
          top = -1;
        }
      };
      stripper.setSortByPosition(true);
      stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
