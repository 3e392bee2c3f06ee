package dev.parley.json.codec.io;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A reader on one string value held inside a larger buffer, as a parser holds it, then on one
 * integer: enough for the table lookups that read a string's characters in place.
 */
class OneString extends StubTokenReader {
  private final char[] buffer;
  private final int offset;
  private final int length;
  private @Nullable Token current = Token.VALUE_STRING;

  OneString(String text, int padding) {
    this(text, padding, 'x');
  }

  /** A reader on the text with {@code padding} copies of {@code fill} before and after it. */
  OneString(String text, int padding, char fill) {
    this.buffer = new char[text.length() + 2 * padding];
    java.util.Arrays.fill(buffer, fill);
    text.getChars(0, text.length(), buffer, padding);
    this.offset = padding;
    this.length = text.length();
  }

  @Override
  public @Nullable Token nextToken() {
    current = current == Token.VALUE_STRING ? Token.VALUE_NUMBER_INT : null;
    return current;
  }

  @Override
  public @Nullable Token currentToken() {
    return current;
  }

  @Override
  public String getText() {
    return new String(buffer, offset, length);
  }

  @Override
  public char[] getTextCharacters() {
    return buffer;
  }

  @Override
  public int getTextOffset() {
    return offset;
  }

  @Override
  public int getTextLength() {
    return length;
  }

  @Override
  public long getLongValue() {
    return 1;
  }

  @Override
  public double getDoubleValue() {
    return 1;
  }

  @Override
  public BigDecimal getDecimalValue() {
    return BigDecimal.ONE;
  }

  @Override
  public long tokenPosition() {
    return Positions.pack(1, 2);
  }

  @Override
  public long currentPosition() {
    return Positions.pack(1, 2);
  }

  @Override
  public long currentByteOffset() {
    return -1;
  }

  @Override
  public String pointer() {
    return "/0";
  }
}
