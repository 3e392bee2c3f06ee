package dev.parley.json.codec.io;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A token reader for tests that read a few tokens by hand: every method a test does not override
 * fails, except {@link #close()}, {@link #parentContext()} and the pointers, which say nothing.
 */
public abstract class StubTokenReader implements TokenReader {
  private final ObjectCursor.Pool cursors = new ObjectCursor.Pool(this);

  @Override
  public boolean nextFieldName(Name name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String currentName() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isBigInteger() {
    return false;
  }

  @Override
  public long currentByteOffsetOnLine(long line) {
    throw new UnsupportedOperationException();
  }

  @Override
  public double getDoubleValue() {
    throw new UnsupportedOperationException();
  }

  @Override
  public BigDecimal getDecimalValue() {
    throw new UnsupportedOperationException();
  }

  @Override
  public @Nullable Object parentContext() {
    return null;
  }

  @Override
  public ObjectCursor.Pool cursors() {
    return cursors;
  }

  @Override
  public String pointer() {
    return "";
  }

  @Override
  public String pointer(@Nullable Object context) {
    return "";
  }

  @Override
  public void copyCurrentStructure(TokenBuffer out) {
    throw new UnsupportedOperationException();
  }

  @Override
  public TokenBuffer newBuffer() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
