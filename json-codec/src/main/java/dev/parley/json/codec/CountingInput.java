package dev.parley.json.codec;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Counts the bytes read from a stream and notes when it ends, to tell where the input stops. */
public final class CountingInput extends FilterInputStream implements InputEnd {
  private long count;
  private boolean ended;
  private int last = -1;

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

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
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
