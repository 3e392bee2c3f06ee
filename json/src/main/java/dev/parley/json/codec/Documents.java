package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.parley.json.ParleyJsonException;
import dev.parley.json.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Reads one whole document (a file, a body, one NDJSON line): exactly one value, nothing after
 * it, and every failure of Jackson's parser turned into a {@link ParleyJsonException}.
 *
 * <pre>{@code
 * Party party = Documents.read(parser, ctx, Codecs.forClass(Party.class)::read, () -> bytes.length);
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
    T read(JsonParser p, ReadContext ctx) throws IOException;
  }

  private Documents() {}

  /**
   * Reads a document.
   *
   * @param p a new parser over the document
   * @param ctx the context of the read
   * @param reader reads the value
   * @param inputEnd the document's length in bytes once the parser has met its end, else -1:
   *     a syntax error exactly there means the text ended inside the value
   * @return the value, not null
   * @throws ParleyJsonException if the document is empty, bad, or followed by more content
   */
  public static <T> T read(JsonParser p, ReadContext ctx, ValueReader<T> reader, LongSupplier inputEnd) {
    boolean done = false;
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw ctx.failAt("", p.currentLocation(), Kind.TRUNCATED, "the document is empty", List.of(), null);
      }
      if (t == JsonToken.VALUE_NULL) {
        throw ctx.fail(p, Kind.NULL_VALUE, "the document is null");
      }
      T value = reader.read(p, ctx);
      done = true;
      if (p.nextToken() != null) {
        throw ctx.fail(p, Kind.TRAILING_CONTENT, "content follows the end of the document");
      }
      return value;
    } catch (StreamConstraintsException e) {
      throw ctx.failAt(ctx.pointer(p), location(e, p), Kind.LIMIT_EXCEEDED, e.getOriginalMessage(), List.of(), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = location(e, p);
      String pointer = done ? "" : ctx.pointer(p);
      if (done) {
        throw ctx.failAt(pointer, at, Kind.TRAILING_CONTENT, e.getOriginalMessage(), List.of(), e);
      }
      if (e instanceof JsonEOFException || endsAt(at, inputEnd.getAsLong())) {
        // Jackson's message would name where the unclosed object or array started: the pointer says it.
        throw ctx.failAt(pointer, at, Kind.TRUNCATED, "the text ends inside the value", List.of(), e);
      }
      throw ctx.failAt(pointer, at, Kind.MALFORMED, e.getOriginalMessage(), List.of(), e);
    } catch (IOException e) {
      throw ctx.failAt(ctx.pointer(p), p.currentLocation(), Kind.IO, String.valueOf(e.getMessage()), List.of(), e);
    }
  }

  /**
   * Whether a syntax error lies at the end of the input: Jackson reports a missing value after
   * a comma or a colon at the end as a plain syntax error there, and an unexpected character at
   * the character itself, before the end.
   */
  private static boolean endsAt(JsonLocation at, long inputEnd) {
    return inputEnd >= 0 && at.getByteOffset() == inputEnd;
  }

  private static JsonLocation location(JsonProcessingException e, JsonParser p) {
    return e.getLocation() != null ? e.getLocation() : p.currentLocation();
  }
}
