package dev.parley.json.codec.io;

import org.jspecify.annotations.Nullable;

/**
 * What the reader of a document knows of where its input ends, to tell a text cut short from a bad
 * one when the parser fails at its very end.
 *
 * <pre>{@code
 * Documents.read(parser, ctx, codec::read, InputEnd.of(bytes, 0, bytes.length, true));
 * }</pre>
 */
public interface InputEnd {
  /**
   * Returns the input's length in bytes, once the parser has met its end.
   *
   * @return the length, or -1 while unknown
   */
  long length();

  /**
   * Returns the input's last byte that is not JSON whitespace.
   *
   * @return the byte, 0 to 255, or -1 if there is none or it is unknown
   */
  int lastSignificantByte();

  /**
   * Returns where the input's first byte that is not UTF-8 lies, when the parser does not check it:
   * Jackson before 2.23 reads overlong encodings, encoded surrogates and code points past U+10FFFF.
   * Called once the document has been read.
   *
   * @return the 1-based line and column of the byte, or null if the input is UTF-8 or the parser
   *     checks it itself
   */
  default int @Nullable [] invalidUtf8() {
    return null;
  }

  /**
   * Places a syntax error that the parser reported on the byte that caused it. Parsers differ in
   * where they place an error caused by a control character that JSON forbids or by a byte sequence
   * that is not UTF-8: Jackson 3 places it on that byte, Jackson 2 one or two bytes after it. The
   * Parley format places it on the byte, whichever parser reads.
   *
   * @param position where the parser placed the error: {@link Positions#pack} of its 1-based line
   *     and column, counted in bytes
   * @param byteOffset the parser's byte offset of the error from the start of the input, or -1
   * @return the position of the first forbidden control character or start of a sequence that is
   *     not UTF-8 on that line before the parser's position, or {@code position} if there is none
   *     or the input is no longer at hand
   */
  default long placeSyntaxError(long position, long byteOffset) {
    return position;
  }

  /**
   * Places a syntax error on its byte, as {@link #placeSyntaxError} describes, in an array that
   * holds the error's line from its start.
   *
   * @param position the parser's position of the error
   * @param bytes the array
   * @param lineStart the index of the first byte of the error's line in the array
   * @param at the index of the byte the parser placed the error on
   * @param limit the index after the last byte of the input in the array
   * @return the position of the offending byte, or {@code position}
   */
  static long placeOnLine(long position, byte[] bytes, int lineStart, int at, int limit) {
    int bad = firstBadByte(bytes, lineStart, Math.min(at, limit), limit);
    if (bad < 0 || bad >= at) {
      return position;
    }
    return Positions.pack(Positions.line(position), Positions.column(position) - (long) (at - bad));
  }

  /**
   * Finds the first byte in a range that JSON text cannot hold anywhere: a control character other
   * than tab, line feed and carriage return, or the first byte of a sequence that is not UTF-8 (RFC
   * 3629: no overlong forms, no surrogates, nothing past U+10FFFF). The range must start on a
   * character boundary.
   *
   * @param bytes the array
   * @param from the first index to look at
   * @param to the index after the last byte that may be reported; a sequence starting before it may
   *     extend past it, up to {@code limit}
   * @param limit the index after the last byte of the input in the array
   * @return the index, or -1 if there is none
   */
  static int firstBadByte(byte[] bytes, int from, int to, int limit) {
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
          return i;
        }
        i++;
        continue;
      }
      int n = utf8Length(bytes, i, limit);
      if (n <= 0) {
        return i;
      }
      i += n;
    }
    return -1;
  }

  /** The length of the well-formed UTF-8 sequence at an index, or 0 if it is not one. */
  private static int utf8Length(byte[] bytes, int i, int limit) {
    int b = bytes[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      n = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      n = 3;
      lo = b == 0xE0 ? 0xA0 : 0x80;
      hi = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      n = 4;
      lo = b == 0xF0 ? 0x90 : 0x80;
      hi = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + n > limit) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int c = bytes[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return n;
  }

  /**
   * Finds the first byte of an array that is not UTF-8, as {@link #invalidUtf8()} reports it.
   *
   * @param bytes the array
   * @param offset where to start
   * @param length how many bytes
   * @return the 1-based line and column, or null if all are UTF-8
   */
  static int @Nullable [] invalidUtf8(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end && bytes[i] >= 0) {
      i++;
    }
    if (i == end) {
      return null;
    }
    java.nio.charset.CharsetDecoder d =
        java.nio.charset.StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, offset, length);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.min(length, 8192));
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        break;
      }
      if (r.isUnderflow()) {
        r = d.flush(out);
        if (!r.isOverflow()) {
          return null;
        }
      }
      out.clear();
    }
    int bad = in.position();
    int line = 1;
    int lineStart = offset;
    for (int k = offset; k < bad; k++) {
      if (bytes[k] == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return new int[] {line, bad - lineStart + 1};
  }

  /**
   * The end of a document held in an array.
   *
   * @param bytes the array
   * @param offset where the document starts
   * @param length its length
   * @param parserChecksUtf8 whether the parser rejects what is not UTF-8 itself
   * @return the end, not null
   */
  static InputEnd of(byte[] bytes, int offset, int length, boolean parserChecksUtf8) {
    int i = offset + length - 1;
    while (i >= offset && isBlank(bytes[i])) {
      i--;
    }
    int last = i >= offset ? bytes[i] & 0xFF : -1;
    return new InputEnd() {
      @Override
      public long length() {
        return length;
      }

      @Override
      public int lastSignificantByte() {
        return last;
      }

      @Override
      public int @Nullable [] invalidUtf8() {
        return parserChecksUtf8 ? null : InputEnd.invalidUtf8(bytes, offset, length);
      }

      @Override
      public long placeSyntaxError(long position, long byteOffset) {
        int line = Positions.line(position);
        int column = Positions.column(position);
        int end = offset + length;
        int lineStart = offset;
        for (int l = 1; l < line && lineStart < end; lineStart++) {
          byte b = bytes[lineStart];
          if (b == '\n' || (b == '\r' && (lineStart + 1 == end || bytes[lineStart + 1] != '\n'))) {
            l++;
          }
        }
        if (line < 1 || column < 1 || lineStart >= end) {
          return position;
        }
        int at = (int) Math.min(end, (long) lineStart + column - 1);
        return InputEnd.placeOnLine(position, bytes, lineStart, at, end);
      }
    };
  }

  /**
   * Whether a byte is JSON whitespace.
   *
   * @param b the byte
   * @return true for space, tab, CR and LF
   */
  static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }
}
