package vn.ccvc.model.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Splits a {@code .jsonl} stream into lines of bytes, holding at most a set number of bytes of
 * one line in memory. Lines end with LF; a CR before it is dropped, and so is a UTF-8 byte
 * order mark at the start of the stream. Not thread-safe.
 */
final class JsonLines {

  /** One line: its 1-based number, its bytes, and whether it was longer than the limit. */
  record Line(int number, byte[] bytes, boolean tooLong) {

    /** Tells whether the line holds only spaces and tabs. */
    boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxLineBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int number;

  /** Reads lines from {@code in}, which should be buffered; it is not closed here. */
  JsonLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Returns the next line, or {@code null} at the end of the stream. */
  @Nullable Line next() throws IOException {
    buffer.reset();
    boolean tooLong = false;
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != '\n') {
      // Keep one byte over the limit, so a CR at the end cannot hide an overlong line.
      if (buffer.size() <= maxLineBytes) {
        buffer.write(b);
      } else {
        tooLong = true;
      }
      b = in.read();
    }
    number++;
    byte[] bytes = stripEnds(buffer.toByteArray());
    return new Line(number, bytes, tooLong || bytes.length > maxLineBytes);
  }

  private byte[] stripEnds(byte[] bytes) {
    int start = number == 1 && startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
    int end = bytes.length;
    if (end > start && bytes[end - 1] == '\r') {
      end--;
    }
    return start == 0 && end == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes,
        start, end);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
        && bytes[2] == BYTE_ORDER_MARK[2];
  }
}
