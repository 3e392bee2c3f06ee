package dev.parley.json.codec;

import dev.parley.json.codec.io.InputEnd;
import dev.parley.json.codec.io.Positions;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.ReadFailure;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.List;

/**
 * Reads one whole document (a file, a body, one NDJSON line): exactly one value, nothing after it,
 * and every failure of the parser turned into a {@link ParleyJsonException}.
 *
 * <pre>{@code
 * Party party = Documents.read(reader, ctx, Codecs.forClass(Party.class)::read, InputEnd.of(bytes, 0, bytes.length, true));
 * }</pre>
 */
public final class Documents {
  /** Reads a value from a parser on its first token. */
  @FunctionalInterface
  public interface ValueReader<T> {
    /**
     * Reads the value.
     *
     * @param p the parser, on the value's first token
     * @param ctx the context of the read
     * @return the value, not null
     * @throws IOException if the parser fails
     */
    T read(TokenReader p, ReadContext ctx) throws IOException;
  }

  private Documents() {}

  /**
   * Reads a document.
   *
   * @param p a new parser over the document
   * @param ctx the context of the read
   * @param reader reads the value
   * @param inputEnd where the input ends: a syntax error there, after a separator or an opening
   *     bracket, means the text ended inside the value
   * @return the value, not null
   * @throws ParleyJsonException if the document is empty, bad, or followed by more content
   */
  public static <T> T read(
      TokenReader p, ReadContext ctx, ValueReader<T> reader, InputEnd inputEnd) {
    boolean done = false;
    try {
      Token t = p.nextToken();
      if (t == null) {
        throw ctx.failAt(
            "", p.currentPosition(), Kind.TRUNCATED, "the document is empty", List.of(), null);
      }
      if (t == Token.VALUE_NULL) {
        throw ctx.fail(p, Kind.NULL_VALUE, "the document is null");
      }
      p.cursors().startRoot();
      T value = reader.read(p, ctx);
      done = true;
      if (p.nextToken() != null) {
        throw ctx.fail(p, Kind.TRAILING_CONTENT, "content follows the end of the document");
      }
      int[] bad = inputEnd.invalidUtf8();
      if (bad != null) {
        throw ctx.failAt(
            "",
            Positions.pack(bad[0], bad[1]),
            Kind.MALFORMED,
            "invalid UTF-8: a byte sequence that is not UTF-8 at line "
                + bad[0]
                + ", column "
                + bad[1],
            List.of(),
            null);
      }
      return value;
    } catch (ReadFailure e) {
      long at = e.position() != Positions.UNKNOWN ? e.position() : p.currentPosition();
      if (e.reason() == ReadFailure.Reason.LIMIT) {
        throw ctx.failAt(ctx.pointer(p), at, Kind.LIMIT_EXCEEDED, e.getMessage(), List.of(), e);
      }
      if (e.reason() == ReadFailure.Reason.SYNTAX && e.position() != Positions.UNKNOWN) {
        at = inputEnd.placeSyntaxError(at, e.byteOffset());
      }
      String pointer = done ? "" : ctx.pointer(p);
      if (done) {
        throw ctx.failAt(pointer, at, Kind.TRAILING_CONTENT, e.getMessage(), List.of(), e);
      }
      long offset = e.position() != Positions.UNKNOWN ? e.byteOffset() : p.currentByteOffset();
      if (e.reason() == ReadFailure.Reason.END_OF_INPUT || endsAt(offset, inputEnd)) {
        // The parser's message would name where the unclosed object or array started: the pointer
        // says it.
        throw ctx.failAt(
            pointer, at, Kind.TRUNCATED, "the text ends inside the value", List.of(), e);
      }
      throw ctx.failAt(pointer, at, Kind.MALFORMED, e.getMessage(), List.of(), e);
    } catch (IOException e) {
      throw ctx.failAt(
          ctx.pointer(p),
          p.currentPosition(),
          Kind.IO,
          String.valueOf(e.getMessage()),
          List.of(),
          e);
    }
  }

  /**
   * Whether a syntax error lies at the end of the input, which ends in a separator or an opening
   * bracket: the parser reports a missing value after a comma there as a plain syntax error, not as
   * an end of input.
   */
  private static boolean endsAt(long byteOffset, InputEnd end) {
    int last = end.lastSignificantByte();
    return end.length() >= 0
        && byteOffset == end.length()
        && (last == ',' || last == ':' || last == '[' || last == '{');
  }
}
