package dev.parley.json.codec;

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
