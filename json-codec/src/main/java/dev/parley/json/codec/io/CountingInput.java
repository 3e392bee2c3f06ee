package dev.parley.json.codec.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Counts the bytes read from a stream and notes when it ends, to tell where the input stops. */
public final class CountingInput extends FilterInputStream implements InputEnd {
  private long count;

  /** The stream offset from which the ring of recent bytes holds what was read. */
  private long keptFrom;

  private boolean ended;
  private int last = -1;

  /** How many of the last bytes read are kept, to place a syntax error on its byte. */
  private static final int RECENT = 1 << 14;

  /** The last bytes read, in a ring: byte {@code k} of the stream at {@code k % RECENT}. */
  private final byte[] recent = new byte[RECENT];

  /** A copy of what was read, kept only to check it is UTF-8 where Jackson does not. */
  private final java.io.@Nullable ByteArrayOutputStream copy;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param parserChecksUtf8 whether the parser rejects what is not UTF-8 itself
   */
  public CountingInput(InputStream in, boolean parserChecksUtf8) {
    super(in);
    this.copy = parserChecksUtf8 ? null : new java.io.ByteArrayOutputStream();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      ended = true;
    } else {
      recent[(int) (count % RECENT)] = (byte) b;
      count++;
      if (copy != null) {
        copy.write(b);
      }
      if (!InputEnd.isBlank((byte) b)) {
        last = b;
      }
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      ended = true;
    } else {
      keep(b, off, n);
      count += n;
      if (copy != null) {
        copy.write(b, off, n);
      }
      for (int i = off + n - 1; i >= off; i--) {
        if (!InputEnd.isBlank(b[i])) {
          last = b[i] & 0xFF;
          break;
        }
      }
    }
    return n;
  }

  /** Copies bytes just read into the ring of recent bytes. */
  private void keep(byte[] b, int off, int n) {
    int from = off + Math.max(0, n - RECENT);
    long k = count + (from - off);
    int left = off + n - from;
    while (left > 0) {
      int at = (int) (k % RECENT);
      int run = Math.min(left, RECENT - at);
      System.arraycopy(b, from, recent, at, run);
      from += run;
      k += run;
      left -= run;
    }
  }

  @Override
  public long placeSyntaxError(long position, long byteOffset) {
    long windowStart = Math.max(keptFrom, count - RECENT);
    int column = Positions.column(position);
    if (byteOffset < windowStart || byteOffset > count || column < 1) {
      return position;
    }
    int length = (int) (count - windowStart);
    byte[] window = new byte[length];
    for (int i = 0; i < length; i++) {
      window[i] = recent[(int) ((windowStart + i) % RECENT)];
    }
    int at = (int) (byteOffset - windowStart);
    int lineStart = at - (column - 1);
    if (lineStart < 0) {
      // The line starts before the bytes kept: start on the first ASCII byte shortly before.
      lineStart = Math.max(0, at - 8);
      while (lineStart < at && window[lineStart] < 0) {
        lineStart++;
      }
    }
    return InputEnd.placeOnLine(position, window, lineStart, at, length);
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    keptFrom = count;
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public long length() {
    return ended ? count : -1;
  }

  @Override
  public int lastSignificantByte() {
    return last;
  }

  @Override
  public int @Nullable [] invalidUtf8() {
    if (copy == null) {
      return null;
    }
    byte[] all = copy.toByteArray();
    return InputEnd.invalidUtf8(all, 0, all.length);
  }
}
