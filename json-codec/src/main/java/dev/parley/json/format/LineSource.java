package dev.parley.json.format;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The bytes of an NDJSON stream cut into lines: the read buffer, the line ends ({@code \n} or
 * {@code \r\n}; the last line needs none), and lines longer than the limit, which are skipped to
 * their end and reported as over-long rather than kept.
 *
 * <p>The current line is a slice: of the read buffer when the line lies whole in it, else of a copy
 * that grows up to the limit. A slice of the read buffer stays valid until the buffer is refilled,
 * which {@link #refills()} counts. Not thread-safe.
 */
final class LineSource {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf;
  private int pos;
  private int end;

  /** The copy of a line that does not lie whole in {@code buf}. */
  private byte[] line = new byte[1 << 12];

  /** The current line: {@code line} or {@code buf}, from {@code offset}, {@code length} bytes. */
  private byte[] bytes = line;

  private int offset;
  private int length;
  private boolean overflow;
  private long lineNumber;
  private int refills;

  /**
   * Reads lines from a stream through a buffer, or from bytes held whole.
   *
   * @param in the stream, read once {@code buf[0, end)} is used up
   * @param buf the read buffer
   * @param end how many bytes of {@code buf} hold input already
   * @param maxLineBytes the longest line, line end excluded
   */
  LineSource(InputStream in, byte[] buf, int end, int maxLineBytes) {
    this.in = in;
    this.buf = buf;
    this.end = end;
    this.maxLineBytes = maxLineBytes;
  }

  /** Lines from a stream, through a buffer of 64 KiB. */
  static LineSource of(InputStream in, int maxLineBytes) {
    return new LineSource(in, new byte[1 << 16], 0, maxLineBytes);
  }

  /** Lines from bytes held whole, read in place. */
  static LineSource of(byte[] whole, int maxLineBytes) {
    return new LineSource(InputStream.nullInputStream(), whole, whole.length, maxLineBytes);
  }

  /**
   * Moves to the next line: in place if it lies whole in the buffer, else copied.
   *
   * @return false at the end of the input
   * @throws IOException if the stream fails
   */
  boolean next() throws IOException {
    length = 0;
    overflow = false;
    int newline = indexOfNewline(buf, pos, end);
    if (newline >= 0) {
      bytes = buf;
      offset = pos;
      length = newline - pos;
      pos = newline + 1;
      lineNumber++;
      stripCarriageReturn();
      return true;
    }
    bytes = line;
    offset = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        refills++;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
          if (any) {
            lineNumber++;
          }
          stripCarriageReturn();
          return any;
        }
        pos = 0;
        end = n;
      }
      any = true;
      int start = pos;
      int at = indexOfNewline(buf, start, end);
      int i = at < 0 ? end : at;
      append(start, i - start);
      if (i < end) {
        pos = i + 1;
        lineNumber++;
        stripCarriageReturn();
        return true;
      }
      pos = end;
    }
  }

  /**
   * Ends the line that starts at {@link #position()} after a value read from the buffer up to
   * {@code valueEnd}: only spaces, tabs and a carriage return may follow before the line end, which
   * must be in the buffer, and the line must be within the limit. The line then becomes the current
   * one, and reading goes on after it.
   *
   * @param valueEnd the index in the buffer just past the value
   * @return false, with nothing consumed, if the line does not end that way
   */
  boolean endLineAfter(int valueEnd) {
    int start = pos;
    int i = blanksEnd(buf, valueEnd, end);
    int lineEnd = i > start && buf[i - 1] == '\r' ? i - 1 : i;
    if (i >= end || buf[i] != '\n' || lineEnd - start > maxLineBytes) {
      return false;
    }
    bytes = buf;
    offset = start;
    length = lineEnd - start;
    overflow = false;
    pos = i + 1;
    lineNumber++;
    return true;
  }

  /**
   * Returns the array that holds the current line.
   *
   * @return the read buffer or the copy
   */
  byte[] bytes() {
    return bytes;
  }

  /** Returns where the current line starts in {@link #bytes()}. */
  int offset() {
    return offset;
  }

  /** Returns the current line's length in bytes, its line end excluded; 0 if it overflowed. */
  int length() {
    return length;
  }

  /** Returns whether the current line is longer than the limit. */
  boolean overflow() {
    return overflow;
  }

  /** Returns whether the current line holds nothing but spaces, tabs and carriage returns. */
  boolean isBlank() {
    return blanksEnd(bytes, offset, offset + length) == offset + length;
  }

  /** Returns whether the current line is a slice of the read buffer. */
  boolean inBuffer() {
    return bytes == buf;
  }

  /** Returns the 1-based number of the current line; 0 before the first. */
  long lineNumber() {
    return lineNumber;
  }

  /** Returns the read buffer. */
  byte[] buffer() {
    return buf;
  }

  /** Returns where the next line starts in the read buffer. */
  int position() {
    return pos;
  }

  /** Returns the end of the input in the read buffer. */
  int limit() {
    return end;
  }

  /** Returns how many times the read buffer was refilled (or its refill tried): slices change. */
  int refills() {
    return refills;
  }

  /**
   * Returns the index after the last line end in the read buffer from the current line on.
   *
   * @return the index, or the current line's offset if there is none
   */
  int wholeLinesEnd() {
    int last = end - 1;
    while (last >= offset && buf[last] != '\n') {
      last--;
    }
    return last + 1;
  }

  /**
   * Closes the stream.
   *
   * @throws IOException if closing fails
   */
  void close() throws IOException {
    in.close();
  }

  /**
   * The index of the first byte in {@code b[from, to)} that is not a space, tab or CR; else {@code
   * to}.
   */
  static int blanksEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    return i;
  }

  /**
   * The index of the first {@code \n} in {@code b[from, to)}, or -1: eight bytes at a time, with
   * the zero-byte test of Hacker's Delight (the lowest flagged byte is always a true match).
   */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long zero = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void stripCarriageReturn() {
    if (!overflow && length > 0 && bytes[offset + length - 1] == '\r') {
      length--;
    }
    if (length > maxLineBytes) {
      overflow = true;
      length = 0;
    }
  }

  private void append(int from, int n) {
    if (overflow) {
      return;
    }
    if (length + n > maxLineBytes + 1) {
      overflow = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line =
          java.util.Arrays.copyOf(
              line, Math.max(length + n, Math.min(line.length * 2, maxLineBytes + 1)));
      bytes = line;
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }
}
