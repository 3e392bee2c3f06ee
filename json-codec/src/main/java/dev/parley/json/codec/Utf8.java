package dev.parley.json.codec;

import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The format is UTF-8 only. Jackson would detect UTF-16 and UTF-32 from the first bytes and read
 * them; Parley rejects them instead, since its columns count UTF-8 bytes. A UTF-8 document never
 * starts with 0xFE or 0xFF, nor holds a 0x00 byte among its first four.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * Rejects an array that starts as UTF-16 or UTF-32 does.
   *
   * @param bytes the array
   * @param offset where the document starts
   * @param length its length
   * @param line the line to report
   */
  public static void requireUtf8(byte[] bytes, int offset, int length, long line) {
    int n = Math.min(4, length);
    boolean bad = n > 0 && (bytes[offset] == (byte) 0xFE || bytes[offset] == (byte) 0xFF);
    for (int i = 0; i < n && !bad; i++) {
      bad = bytes[offset + i] == 0;
    }
    if (bad) {
      throw FormatAccess.failures()
          .create(
              Kind.MALFORMED,
              "",
              line,
              1,
              "not UTF-8: the input looks like UTF-16 or UTF-32, which the Parley format does not accept",
              List.of(),
              null);
    }
  }

  /**
   * Rejects a stream that starts as UTF-16 or UTF-32 does.
   *
   * @param in the stream
   * @return a stream of the same bytes, not null
   */
  static InputStream requireUtf8(InputStream in) {
    InputStream marked = in.markSupported() ? in : new BufferedInputStream(in);
    byte[] head = new byte[4];
    try {
      marked.mark(4);
      int n = 0;
      while (n < 4) {
        int r = marked.read(head, n, 4 - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      marked.reset();
      requireUtf8(head, 0, n, 1);
    } catch (IOException e) {
      throw FormatAccess.failures()
          .create(Kind.IO, "", 0, 0, String.valueOf(e.getMessage()), List.of(), e);
    }
    return marked;
  }
}
