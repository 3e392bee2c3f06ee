package dev.parley.json.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.codec.Documents;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.Positions;
import dev.parley.json.codec.io.ReadFailure;
import dev.parley.json.codec.io.StubTokenReader;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON reader's line decoder: one line to a record or to the line's error, on the line's
 * number, over a parser that reads a line of digits as one number.
 */
class LineDecoderTest {
  private static final Documents.ValueReader<Long> NUMBER = (p, ctx) -> p.getLongValue();

  private final Digits tokens = new Digits();
  private final LineDecoder decoder =
      new LineDecoder(tokens, JsonLimits.defaults().withMaxRecordBytes(8), new LookupTables());

  @Test
  void readsALineSliceOnItsNumber() {
    byte[] b = "xx\n42\nyy".getBytes(StandardCharsets.UTF_8);
    NdjsonRecord r = decoder.decode(b, 3, 2, 7, NUMBER);
    assertThat(r.isValid()).isTrue();
    assertThat(r.line()).isEqualTo(7);
    assertThat(r.value()).isEqualTo(42L);
  }

  @Test
  void placesAParserErrorOnTheLinesNumberAndColumn() {
    byte[] b = "4x2".getBytes(StandardCharsets.UTF_8);
    ParleyJsonException e = decoder.decode(b, 0, 3, 12, NUMBER).error().orElseThrow();
    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void reportsContentAfterTheValue() {
    tokens.trailing = true;
    ParleyJsonException e = decoder.decode(new byte[] {'1'}, 0, 1, 3, NUMBER).error().orElseThrow();
    assertThat(e.kind()).isEqualTo(Kind.TRAILING_CONTENT);
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void rejectsBlankAndOverLongLinesWithoutParsingThem() throws IOException {
    LineSource lines = LineSource.of(" \t\n123456789\n5\n".getBytes(StandardCharsets.UTF_8), 8);
    assertThat(lines.next()).isTrue();
    ParleyJsonException blank = decoder.decode(lines, NUMBER).error().orElseThrow();
    assertThat(blank.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(blank.line()).isEqualTo(1);
    assertThat(blank.column()).isEqualTo(1);
    assertThat(blank.detail()).startsWith("blank line");
    assertThat(lines.next()).isTrue();
    ParleyJsonException over = decoder.decode(lines, NUMBER).error().orElseThrow();
    assertThat(over.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(over.line()).isEqualTo(2);
    assertThat(over.column()).isEqualTo(9);
    assertThat(tokens.readers).isZero();
    assertThat(lines.next()).isTrue();
    assertThat(decoder.decode(lines, NUMBER).value()).isEqualTo(5L);
    assertThat(tokens.readers).isEqualTo(1);
  }

  @Test
  void readsALineAloneWhenNoBatchParserReadsIt() throws IOException {
    LineSource lines = LineSource.of("1\n{\n".getBytes(StandardCharsets.UTF_8), 8);
    assertThat(lines.next()).isTrue();
    assertThat(decoder.readDirect(lines)).as("no batch parser is open").isNull();
    assertThat(lines.position()).isEqualTo(2);
    tokens.batchFails = true;
    NdjsonRecord r = decoder.record(lines);
    assertThat(tokens.batchReaders).isEqualTo(1);
    assertThat(tokens.readers).as("read again alone").isEqualTo(1);
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.isValid()).as("a number is not a record").isFalse();
    assertThat(r.error().orElseThrow().line()).isEqualTo(1);
  }

  /** Parsers that read a line of ASCII digits as one number and fail on any other byte. */
  private static final class Digits implements TokenFactory {
    int readers;
    int batchReaders;
    boolean batchFails;
    boolean trailing;

    @Override
    public TokenReader reader(byte[] bytes, int offset, int length) {
      readers++;
      return new DigitReader(bytes, offset, length, trailing);
    }

    @Override
    public TokenReader batchReader(byte[] bytes, int offset, int length) throws IOException {
      batchReaders++;
      if (batchFails) {
        throw new IOException("no batch parser");
      }
      return new DigitReader(bytes, offset, length, trailing);
    }

    @Override
    public TokenReader reader(InputStream in) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TokenWriter prettyWriter(OutputStream out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TokenWriter lineWriter(OutputStream out) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean checksUtf8() {
      return true;
    }
  }

  private static final class DigitReader extends StubTokenReader {
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final boolean trailing;
    private int tokens;
    private @Nullable Token current;

    DigitReader(byte[] bytes, int offset, int length, boolean trailing) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
      this.trailing = trailing;
    }

    @Override
    public @Nullable Token nextToken() throws IOException {
      tokens++;
      if (tokens == 1) {
        for (int i = 0; i < length; i++) {
          if (bytes[offset + i] < '0' || bytes[offset + i] > '9') {
            throw new ReadFailure(
                ReadFailure.Reason.SYNTAX, "not a digit", Positions.pack(1, i + 1), i, null);
          }
        }
        current = Token.VALUE_NUMBER_INT;
      } else {
        current = tokens == 2 && trailing ? Token.VALUE_NUMBER_INT : null;
      }
      return current;
    }

    @Override
    public @Nullable Token currentToken() {
      return current;
    }

    @Override
    public String getText() {
      return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }

    @Override
    public char[] getTextCharacters() {
      return getText().toCharArray();
    }

    @Override
    public int getTextOffset() {
      return 0;
    }

    @Override
    public int getTextLength() {
      return length;
    }

    @Override
    public long getLongValue() {
      return Long.parseLong(getText());
    }

    @Override
    public long tokenPosition() {
      return Positions.pack(1, 1);
    }

    @Override
    public long currentPosition() {
      return Positions.pack(1, tokens == 1 ? 1 : length + 1);
    }

    @Override
    public long currentByteOffset() {
      return tokens == 1 ? 0 : length;
    }
  }
}
