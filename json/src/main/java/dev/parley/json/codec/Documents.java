package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.parley.json.ParleyJsonException;
import dev.parley.json.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.List;

/**
 * Reads one whole document (a file, a body, one NDJSON line): exactly one value, nothing after
 * it, and every failure of Jackson's parser turned into a {@link ParleyJsonException}.
 *
 * <pre>{@code
 * Party party = Documents.read(parser, ctx, Codecs.forClass(Party.class)::read);
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
   * @return the value, not null
   * @throws ParleyJsonException if the document is empty, bad, or followed by more content
   */
  public static <T> T read(JsonParser p, ReadContext ctx, ValueReader<T> reader) {
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
      Kind kind = done ? Kind.TRAILING_CONTENT : endOfInput(e) ? Kind.TRUNCATED : Kind.MALFORMED;
      String pointer = done ? "" : ctx.pointer(p);
      throw ctx.failAt(pointer, location(e, p), kind, clean(e.getOriginalMessage()), List.of(), e);
    } catch (IOException e) {
      throw ctx.failAt(ctx.pointer(p), p.currentLocation(), Kind.IO, String.valueOf(e.getMessage()), List.of(), e);
    }
  }

  /**
   * True if the text ended inside the value. Jackson reports most such ends with a {@link
   * JsonEOFException}, but an end between the entries of an object or array with a plain parse
   * error whose message says so.
   */
  private static boolean endOfInput(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return e instanceof JsonEOFException || message != null && message.startsWith("Unexpected end-of-input");
  }

  /** Drops Jackson's note on where an unclosed object or array started; the pointer says it. */
  private static String clean(String message) {
    int at = message.indexOf(" (start marker at");
    return at < 0 ? message : message.substring(0, at);
  }

  private static com.fasterxml.jackson.core.JsonLocation location(JsonProcessingException e, JsonParser p) {
    return e.getLocation() != null ? e.getLocation() : p.currentLocation();
  }
}
