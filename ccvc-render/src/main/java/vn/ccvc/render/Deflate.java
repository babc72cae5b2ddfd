package vn.ccvc.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Compresses PDF streams with a chosen Deflate level. Page content streams are written
 * uncompressed and compressed here at the fastest level, which takes less time than the
 * default level that PDFBox would use (docs/benchmarks.md, form 2C rendering).
 */
final class Deflate {

  private Deflate() {}

  /**
   * Compresses the bytes to a zlib stream, as the FlateDecode filter reads it.
   *
   * @param level a {@link Deflater} level, 0 to 9 or {@link Deflater#DEFAULT_COMPRESSION}
   */
  static byte[] compress(byte[] data, int level) {
    Deflater deflater = new Deflater(level);
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] buffer = new byte[Math.max(64, data.length / 2 + 64)];
      int length = 0;
      while (!deflater.finished()) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        length += deflater.deflate(buffer, length, buffer.length - length);
      }
      return Arrays.copyOf(buffer, length);
    } finally {
      deflater.end();
    }
  }

  /** Compresses at the fastest level every content stream of the page that has no filter. */
  static void contents(PDPage page) throws IOException {
    Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      COSStream stream = streams.next().getCOSObject();
      if (stream.containsKey(COSName.FILTER)) {
        continue;
      }
      byte[] plain;
      try (InputStream in = stream.createRawInputStream()) {
        plain = in.readAllBytes();
      }
      byte[] packed = compress(plain, Deflater.BEST_SPEED);
      try (OutputStream out = stream.createRawOutputStream()) {
        out.write(packed);
      }
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }
  }
}
