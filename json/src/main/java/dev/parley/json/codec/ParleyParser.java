package dev.parley.json.codec;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's UTF-8 parser over a byte array, with one addition: a short string value can be
 * looked up by its raw bytes and skipped without decoding it into characters.
 *
 * <p>{@link TextTable} uses this for ids, codes, dates and tokens it has seen before: {@link
 * #packShort} packs the current string, if it is short plain ASCII, into three longs, exactly
 * as {@link TextTable} packs characters; on a hit {@link #skipPacked} moves past it. Should
 * anything ask for the text of a skipped string after all, it is restored from the bytes, so
 * the parser behaves as Jackson's in every other respect.
 *
 * <p>Only made for byte arrays (see {@link ParleyFactory}), whose buffer Jackson never replaces.
 */
final class ParleyParser extends UTF8StreamJsonParser {
  private long k1;
  private long k2;
  private long k3;
  private int packedStart = -1;
  private int packedEnd = -1;
  private int skippedEnd = -1;

  ParleyParser(
      IOContext ctxt,
      int features,
      ObjectCodec codec,
      ByteQuadsCanonicalizer symbols,
      byte[] input,
      int start,
      int end) {
    super(ctxt, features, null, codec, symbols, input, start, end, 0, false);
  }

  /**
   * Packs the current string value if it has not been read yet and is at most {@code max}
   * bytes of printable ASCII without escapes.
   *
   * @param max the longest string to pack, at most {@link TextTable#PACKED}
   * @return whether {@link #k1}, {@link #k2} and {@link #k3} now hold the string
   */
  boolean packShort(int max) {
    if (!_tokenIncomplete || _currToken != JsonToken.VALUE_STRING) {
      return false;
    }
    byte[] b = _inputBuffer;
    int start = _inputPtr;
    if (start + 24 > b.length) {
      return false;
    }
    // Eight bytes at a time: the first quote, backslash, control byte or byte from 0x80 up
    // ends the scan; only a quote there makes a string that can be packed.
    long a1 = (long) LITTLE.get(b, start);
    long a2 = 0;
    long a3 = 0;
    int len;
    long m = special(a1);
    if (m != 0) {
      len = Long.numberOfTrailingZeros(m) >>> 3;
      a1 = packed(a1, len);
    } else {
      a2 = (long) LITTLE.get(b, start + 8);
      m = special(a2);
      if (m != 0) {
        len = Long.numberOfTrailingZeros(m) >>> 3;
        a1 = Long.reverseBytes(a1);
        a2 = packed(a2, len);
        len += 8;
      } else {
        a3 = (long) LITTLE.get(b, start + 16);
        m = special(a3);
        if (m == 0) {
          return false;
        }
        len = Long.numberOfTrailingZeros(m) >>> 3;
        a1 = Long.reverseBytes(a1);
        a2 = Long.reverseBytes(a2);
        a3 = packed(a3, len);
        len += 16;
      }
    }
    if (len > max || start + len >= _inputEnd || b[start + len] != '"') {
      return false;
    }
    k1 = a1;
    k2 = a2;
    k3 = a3 | (long) len << 56;
    packedStart = start;
    packedEnd = start + len + 1;
    return true;
  }

  /**
   * Reads the current string value straight from the bytes if it has not been read yet and is
   * at most {@code max} bytes of printable ASCII without escapes, and moves past it.
   *
   * @param max the longest string to read this way, at most {@link #SHORT}
   * @return the string, or null if it must be read the usual way
   */
  @Nullable String shortAscii(int max) {
    if (!_tokenIncomplete || _currToken != JsonToken.VALUE_STRING) {
      return null;
    }
    byte[] b = _inputBuffer;
    int start = _inputPtr;
    int limit = Math.min(max, _inputEnd - start - 1);
    for (int at = start; at - start <= limit && at + 8 <= b.length; at += 8) {
      long m = special((long) LITTLE.get(b, at));
      if (m != 0) {
        int end = at + (Long.numberOfTrailingZeros(m) >>> 3);
        if (end - start > limit || b[end] != '"') {
          return null;
        }
        packedStart = start;
        packedEnd = end + 1;
        skipPacked();
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  /** The longest string {@link #shortAscii} reads. */
  static final int SHORT = 64;

  private static final VarHandle LITTLE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The high bit of every byte that is a quote, a backslash, below 0x20 or from 0x80 up; bytes
   * after the first such byte may be marked falsely, the first one is exact.
   */
  private static long special(long w) {
    long q = w ^ 0x2222222222222222L;
    long e = w ^ 0x5C5C5C5C5C5C5C5CL;
    return ((q - ONES) & ~q | (e - ONES) & ~e | (w - 0x2020202020202020L) & ~w | w) & HIGHS;
  }

  /** The first {@code n} bytes of a little-endian word, the first byte highest, as the table packs them. */
  private static long packed(long w, int n) {
    return n == 0 ? 0 : Long.reverseBytes(w) >>> (64 - 8 * n);
  }

  long k1() {
    return k1;
  }

  long k2() {
    return k2;
  }

  long k3() {
    return k3;
  }

  /** Moves past the string last packed, which must still be the current token. */
  void skipPacked() {
    _inputPtr = packedEnd;
    _tokenIncomplete = false;
    skippedEnd = packedEnd;
  }

  /** Whether the current token is a string skipped by {@link #skipPacked}, its text not read. */
  private boolean skipped() {
    return skippedEnd >= 0 && _inputPtr == skippedEnd && !_tokenIncomplete && _currToken == JsonToken.VALUE_STRING;
  }

  /** Puts the text of a skipped string into the text buffer, if the current token is one. */
  private void restore() throws IOException {
    if (skipped()) {
      _textBuffer.resetWithString(
          new String(_inputBuffer, packedStart, skippedEnd - 1 - packedStart, StandardCharsets.ISO_8859_1));
      skippedEnd = -1;
    }
  }

  @Override
  public String getText() throws IOException {
    restore();
    return super.getText();
  }

  @Override
  public int getText(Writer writer) throws IOException {
    restore();
    return super.getText(writer);
  }

  @Override
  public String getValueAsString() throws IOException {
    restore();
    return super.getValueAsString();
  }

  @Override
  public String getValueAsString(String defValue) throws IOException {
    restore();
    return super.getValueAsString(defValue);
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    restore();
    return super.getTextCharacters();
  }

  @Override
  public int getTextLength() throws IOException {
    restore();
    return super.getTextLength();
  }

  @Override
  public int getTextOffset() throws IOException {
    restore();
    return super.getTextOffset();
  }

  @Override
  public boolean hasTextCharacters() {
    return !skipped() && super.hasTextCharacters();
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    restore();
    return super.getBinaryValue(variant);
  }

  @Override
  public int readBinaryValue(Base64Variant variant, OutputStream out) throws IOException {
    restore();
    return super.readBinaryValue(variant, out);
  }
}
