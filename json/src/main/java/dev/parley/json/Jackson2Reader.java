package dev.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.Positions;
import dev.parley.json.codec.io.ReadFailure;
import dev.parley.json.codec.io.StringLocations;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson 2 parser under the codecs' {@link TokenReader}: its failures become {@link
 * ReadFailure}s, its tokens Parley's {@link Token}s.
 */
final class Jackson2Reader implements TokenReader {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    java.util.Arrays.fill(TOKENS, Token.OTHER);
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.FIELD_NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.VALUE_STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.VALUE_NUMBER_INT;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.VALUE_NUMBER_FLOAT;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.VALUE_TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.VALUE_FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.VALUE_NULL;
  }

  /**
   * Whether this Jackson's token locations count a string's bytes as {@link #stringStart()}
   * expects: from the start of the part of the array the parser was made over, at the opening
   * quote. Checked once on a small document; if not, no reader points into its input.
   */
  private static final boolean LOCATES_STRINGS = locatesStrings();

  private final JsonParser p;
  private final ObjectCursor.Pool cursors = new ObjectCursor.Pool(this);
  private final byte @Nullable [] input;
  private final int base;
  private final int end;

  Jackson2Reader(JsonParser p) {
    this(p, null, 0, 0);
  }

  /**
   * A reader over {@code input[base, end)} that may point into it.
   *
   * @param p the parser made over that part of the array
   * @param input the array, or null for a reader that does not point into its input
   */
  Jackson2Reader(JsonParser p, byte @Nullable [] input, int base, int end) {
    this.p = p;
    this.input = LOCATES_STRINGS ? input : null;
    this.base = base;
    this.end = end;
  }

  /** Whether readers over arrays point into them: {@link #LOCATES_STRINGS}. */
  static boolean locatesStrings() {
    byte[] doc = StringLocations.probe();
    int start = StringLocations.PROBE_START;
    try (JsonParser p = new JsonFactory().createParser(doc, start, doc.length - start)) {
      return StringLocations.fallOnQuotes(() -> nextStringOffset(p));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Moves to the next string value; its byte offset, or -1 at the end. */
  private static long nextStringOffset(JsonParser p) throws IOException {
    for (JsonToken t; (t = p.nextToken()) != null; ) {
      if (t == JsonToken.VALUE_STRING) {
        return p.currentTokenLocation().getByteOffset();
      }
    }
    return -1;
  }

  private static @Nullable Token token(@Nullable JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  /** The parser's failure, described without its types. */
  private ReadFailure failure(JsonProcessingException e) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    ReadFailure.Reason reason =
        e instanceof StreamConstraintsException
            ? ReadFailure.Reason.LIMIT
            : e instanceof JsonEOFException
                ? ReadFailure.Reason.END_OF_INPUT
                : ReadFailure.Reason.SYNTAX;
    return new ReadFailure(
        reason,
        String.valueOf(e.getOriginalMessage()),
        Positions.pack(at.getLineNr(), at.getColumnNr()),
        at.getByteOffset(),
        e);
  }

  @Override
  public @Nullable Token nextToken() throws IOException {
    try {
      return token(p.nextToken());
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public @Nullable Token currentToken() {
    return token(p.currentToken());
  }

  @Override
  public boolean nextFieldName(Name name) throws IOException {
    try {
      return p.nextFieldName(name.encoded(Jackson2Tokens.SLOT, SerializedString::new));
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public String currentName() throws IOException {
    try {
      return p.currentName();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public String getText() throws IOException {
    try {
      return p.getText();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] getTextCharacters() throws IOException {
    try {
      return p.getTextCharacters();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public int getTextOffset() throws IOException {
    try {
      return p.getTextOffset();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public int getTextLength() throws IOException {
    try {
      return p.getTextLength();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isBigInteger() throws IOException {
    try {
      return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER;
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public long getLongValue() throws IOException {
    try {
      return p.getLongValue();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public double getDoubleValue() throws IOException {
    try {
      return p.getDoubleValue();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    try {
      return p.getDecimalValue();
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public long tokenPosition() {
    JsonLocation at = p.currentTokenLocation();
    return Positions.pack(at.getLineNr(), at.getColumnNr());
  }

  @Override
  public long currentPosition() {
    JsonLocation at = p.currentLocation();
    return Positions.pack(at.getLineNr(), at.getColumnNr());
  }

  @Override
  public long currentByteOffset() {
    return p.currentLocation().getByteOffset();
  }

  @Override
  public long currentByteOffsetOnLine(long line) {
    JsonLocation at = p.currentLocation();
    return at.getLineNr() == line ? at.getByteOffset() : -1;
  }

  @Override
  public byte @Nullable [] input() {
    return input;
  }

  @Override
  public int inputEnd() {
    return input == null ? 0 : end;
  }

  @Override
  public int stringStart() {
    byte[] in = input;
    return in == null || p.currentToken() != JsonToken.VALUE_STRING
        ? -1
        : StringLocations.stringStart(in, base, end, p.currentTokenLocation().getByteOffset());
  }

  @Override
  public ObjectCursor.Pool cursors() {
    return cursors;
  }

  @Override
  public @Nullable Object parentContext() {
    JsonStreamContext c = p.getParsingContext();
    return c == null ? null : c.getParent();
  }

  @Override
  public String pointer() {
    JsonStreamContext c = p.getParsingContext();
    return c == null ? "" : c.pathAsPointer().toString();
  }

  @Override
  public String pointer(@Nullable Object context) {
    return context == null ? "" : ((JsonStreamContext) context).pathAsPointer().toString();
  }

  @Override
  public void copyCurrentStructure(TokenBuffer out) throws IOException {
    try {
      ((Buffer) out).buffer.copyCurrentStructure(p);
    } catch (JsonProcessingException e) {
      throw failure(e);
    }
  }

  @Override
  public TokenBuffer newBuffer() {
    return new Buffer(p.streamReadConstraints());
  }

  @Override
  public void close() throws IOException {
    p.close();
  }

  /** Jackson's own token buffer, read back with the same constraints. */
  private static final class Buffer extends Jackson2Writer implements TokenReader.TokenBuffer {
    final com.fasterxml.jackson.databind.util.TokenBuffer buffer;
    private final StreamReadConstraints constraints;

    Buffer(StreamReadConstraints constraints) {
      this(
          new com.fasterxml.jackson.databind.util.TokenBuffer((ObjectCodec) null, false),
          constraints);
    }

    private Buffer(
        com.fasterxml.jackson.databind.util.TokenBuffer buffer, StreamReadConstraints constraints) {
      super(buffer);
      this.buffer = buffer;
      this.constraints = constraints;
    }

    @Override
    public TokenReader reader() {
      return new Jackson2Reader(buffer.asParser(constraints));
    }
  }
}
