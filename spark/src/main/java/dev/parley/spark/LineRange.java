package dev.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The lines one split of a file owns: every line whose first byte lies in {@code [start, end)}. A
 * line that starts before {@code start} belongs to the split before, even if it runs into this one;
 * the last line owned is read to its end, even past {@code end}. So consecutive splits together
 * read every line of the file exactly once.
 */
final class LineRange extends InputStream {
  private static final int BUFFER = 1 << 16;

  private final FSDataInputStream in;
  private final long end;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;

  /** File offset of {@code buf[limit]}. */
  private long filePos;

  /** True once the last owned line's line end has been passed. */
  private boolean done;

  /** Whether the split's start fell inside a line, which was skipped. */
  private final boolean skippedPartialLine;

  private final long firstLineStart;

  LineRange(FSDataInputStream in, long start, long end) throws IOException {
    this.in = in;
    this.end = end;
    if (start == 0) {
      in.seek(0);
      filePos = 0;
      skippedPartialLine = false;
      firstLineStart = 0;
    } else {
      in.seek(start - 1);
      filePos = start - 1;
      long skipped = 0;
      int b;
      while ((b = readRaw()) != -1 && b != '\n') {
        skipped++;
      }
      skippedPartialLine = skipped > 0;
      firstLineStart = start + skipped;
    }
    done = firstLineStart >= end;
  }

  /** Whether a partial line at the split's start was skipped (it belongs to the split before). */
  boolean skippedPartialLine() {
    return skippedPartialLine;
  }

  /** Whether the split owns no line at all. */
  boolean isEmpty() {
    return firstLineStart >= end;
  }

  private int readRaw() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    filePos += n;
    return true;
  }

  /** File offset of the next byte to be returned. */
  private long offset() {
    return filePos - (limit - pos);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (done || len == 0) {
      return done ? -1 : 0;
    }
    if (pos == limit && !fill()) {
      done = true;
      return -1;
    }
    int n = Math.min(len, limit - pos);
    // stop after the line end that ends the last line starting before `end`
    long at = offset();
    for (int i = 0; i < n; i++) {
      if (buf[pos + i] == '\n' && at + i + 1 >= end) {
        n = i + 1;
        done = true;
        break;
      }
    }
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Counts the line ends in {@code [start, end)} of a file. */
  static long countLineEnds(FSDataInputStream in, long start, long end) throws IOException {
    in.seek(start);
    byte[] buf = new byte[BUFFER];
    long remaining = end - start;
    long count = 0;
    while (remaining > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          count++;
        }
      }
      remaining -= n;
    }
    return count;
  }
}
