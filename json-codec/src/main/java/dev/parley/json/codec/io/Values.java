package dev.parley.json.codec.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the values of the wire format that are not objects: strings, strings read by the
 * core's parsers, integers, numbers, booleans, and arrays as lists or sets. Reading is strict: a
 * string is only a JSON string, an integer only a JSON integer, nothing is coerced, and every
 * failure is reported through the {@link ReadContext} at the offending value.
 *
 * <pre>{@code
 * PartyId id = Values.text(p, ctx, PartyId::of);   // a JSON string, checked by the core's rules
 * long n = Values.longValue(p, ctx);               // a JSON integer in the range of a long
 * List<Statement> s = Values.list(p, ctx, Vocabulary.STATEMENT);
 * Values.writeArray(g, s, Vocabulary.STATEMENT);
 * }</pre>
 *
 * <p>Properties are written through {@link Fields}. This class has no instances; its functions are
 * thread-safe.
 */
public final class Values {
  /** Reads a value from text; may throw the core's exceptions. */
  @FunctionalInterface
  public interface TextReader<T> {
    /**
     * Reads the value.
     *
     * @param text the text
     * @return the value, not null
     */
    T read(String text);
  }

  /** Sets up to this long are checked for repeats pairwise; longer ones through a hash set. */
  private static final int SET_PAIRWISE_AT_MOST = 8;

  /** A JSON string within the string limit, as the elements of an array of strings. */
  public static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public Class<String> javaType() {
          return String.class;
        }

        @Override
        public void write(String value, TokenWriter g) throws IOException {
          g.writeString(value);
        }

        @Override
        public String read(TokenReader p, ReadContext ctx) throws IOException {
          return string(p, ctx);
        }
      };

  private Values() {}

  /**
   * Reads a JSON string.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the string, not null
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not a string or is too long
   */
  public static String string(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.VALUE_STRING) {
      throw ctx.wrongType(p, "a string");
    }
    String s = p.getText();
    if (s.length() > ctx.limits().maxStringLength()) {
      throw tooLong(p, ctx, s);
    }
    return s;
  }

  private static ParleyJsonException tooLong(TokenReader p, ReadContext ctx, String s) {
    return ctx.fail(
        p,
        Kind.LIMIT_EXCEEDED,
        "string of "
            + s.length()
            + " chars is longer than the limit of "
            + ctx.limits().maxStringLength());
  }

  /**
   * Reads a JSON string and converts it, turning the core's exceptions into ours.
   *
   * @param <T> the value's type
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @param reader converts the text
   * @return the value, not null
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not a string, breaks a rule of the core ({@link
   *     Kind#RULE_VIOLATION}) or cannot be read ({@link Kind#INVALID_TEXT})
   */
  public static <T> T text(TokenReader p, ReadContext ctx, TextReader<T> reader)
      throws IOException {
    return convert(p, ctx, string(p, ctx), reader);
  }

  /**
   * Converts the text of the parser's current string, already read, as {@link #text} does.
   *
   * @param <T> the value's type
   * @param p the parser, on the string
   * @param ctx the context of the read
   * @param s the string's text
   * @param reader converts the text
   * @return the value, not null
   * @throws ParleyJsonException if the text breaks a rule of the core or cannot be read
   */
  public static <T> T convert(TokenReader p, ReadContext ctx, String s, TextReader<T> reader) {
    try {
      return reader.read(s);
    } catch (InvalidValueException e) {
      throw ctx.failAt(
          ctx.pointer(p),
          p.tokenPosition(),
          Kind.RULE_VIOLATION,
          e.getMessage(),
          e.violations(),
          e);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw ctx.failAt(
          ctx.pointer(p),
          p.tokenPosition(),
          Kind.INVALID_TEXT,
          "cannot read " + ReadContext.quote(s) + ": " + e.getMessage(),
          List.of(),
          e);
    }
  }

  /**
   * Reads a JSON integer that fits a {@code long}; a floating-point number such as {@code 8.0} is
   * rejected.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the integer
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not an integer or is out of range
   */
  public static long longValue(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.VALUE_NUMBER_INT) {
      throw ctx.wrongType(p, "an integer");
    }
    if (p.isBigInteger()) {
      throw ctx.fail(
          p,
          Kind.WRONG_TYPE,
          "expected an integer within the range of a 64-bit integer, was " + p.getText());
    }
    return p.getLongValue();
  }

  /**
   * Reads a JSON integer that fits an {@code int}.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the integer
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not an integer or is out of range
   */
  public static int intValue(TokenReader p, ReadContext ctx) throws IOException {
    long n = longValue(p, ctx);
    if (n != (int) n) {
      throw ctx.fail(
          p, Kind.WRONG_TYPE, "expected an integer within the range of a 32-bit integer, was " + n);
    }
    return (int) n;
  }

  /**
   * Reads a JSON number as a {@code double}.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the number
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not a number
   */
  public static double doubleValue(TokenReader p, ReadContext ctx) throws IOException {
    Token t = p.currentToken();
    if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
      throw ctx.wrongType(p, "a number");
    }
    return p.getDoubleValue();
  }

  /**
   * Reads a JSON boolean.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the boolean
   * @throws ParleyJsonException if the value is not a boolean
   */
  public static boolean booleanValue(TokenReader p, ReadContext ctx) {
    Token t = p.currentToken();
    if (t != Token.VALUE_TRUE && t != Token.VALUE_FALSE) {
      throw ctx.wrongType(p, "a boolean");
    }
    return t == Token.VALUE_TRUE;
  }

  /**
   * Reads a JSON array, each element with a codec.
   *
   * @param <T> the elements' type
   * @param p the parser, on the array's start token
   * @param ctx the context of the read
   * @param element the codec of the elements
   * @return the elements, immutable
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not an array or an element is bad or null
   */
  public static <T> ImmutableList<T> list(TokenReader p, ReadContext ctx, Codec<T> element)
      throws IOException {
    if (p.currentToken() != Token.START_ARRAY) {
      throw ctx.wrongType(p, "an array");
    }
    // Most lists in records hold one or two elements: no builder for those.
    T first = element(p, ctx, element);
    if (first == null) {
      return ImmutableList.of();
    }
    T second = element(p, ctx, element);
    if (second == null) {
      return ImmutableList.of(first);
    }
    T third = element(p, ctx, element);
    if (third == null) {
      return ImmutableList.of(first, second);
    }
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(8);
    out.add(first, second, third);
    for (T next; (next = element(p, ctx, element)) != null; ) {
      out.add(next);
    }
    return out.build();
  }

  /**
   * Reads a JSON array whose elements are unique, keeping their order.
   *
   * @param <T> the elements' type
   * @param p the parser, on the array's start token
   * @param ctx the context of the read
   * @param element the codec of the elements
   * @return the elements, immutable
   * @throws IOException if the parser fails
   * @throws ParleyJsonException if the value is not an array, or an element is bad, null or
   *     repeated ({@link Kind#DUPLICATE_PROPERTY}, at the repeated element)
   */
  public static <T> ImmutableSet<T> set(TokenReader p, ReadContext ctx, Codec<T> element)
      throws IOException {
    if (p.currentToken() != Token.START_ARRAY) {
      throw ctx.wrongType(p, "an array");
    }
    // A few elements are compared with those before them; past that, a hash set takes over.
    List<T> read = new ArrayList<>();
    @Nullable Set<T> seen = null;
    for (T v; (v = element(p, ctx, element)) != null; ) {
      boolean repeated;
      if (seen != null) {
        repeated = !seen.add(v);
      } else if (read.size() < SET_PAIRWISE_AT_MOST) {
        repeated = read.contains(v);
      } else {
        seen = new HashSet<>(read);
        repeated = !seen.add(v);
      }
      if (repeated) {
        throw ctx.fail(
            p,
            Kind.DUPLICATE_PROPERTY,
            "the element " + v + " appears twice; the elements of this array are unique");
      }
      read.add(v);
    }
    return ImmutableSet.copyOf(read);
  }

  /** The next element of an array, or null at its end. */
  private static <T> @Nullable T element(TokenReader p, ReadContext ctx, Codec<T> element)
      throws IOException {
    Token t = p.nextToken();
    if (t == Token.END_ARRAY) {
      return null;
    }
    if (t == null) {
      throw ctx.fail(p, Kind.TRUNCATED, "the text ends inside an array");
    }
    if (t == Token.VALUE_NULL) {
      throw ctx.fail(p, Kind.NULL_VALUE, "an array element is null");
    }
    return element.read(p, ctx);
  }

  /**
   * Writes an array, even when empty.
   *
   * @param <T> the elements' type
   * @param g the writer
   * @param values the elements, in order
   * @param codec the codec of the elements
   * @throws IOException if the writer fails
   */
  public static <T> void writeArray(TokenWriter g, Collection<T> values, Codec<T> codec)
      throws IOException {
    g.writeStartArray();
    writeElements(g, values, codec);
    g.writeEndArray();
  }

  /** Writes the elements of an array, between its brackets. */
  static <T> void writeElements(TokenWriter g, Collection<T> values, Codec<T> codec)
      throws IOException {
    if (values instanceof List<T> list) {
      // no iterator for the lists records hold
      for (int i = 0; i < list.size(); i++) {
        codec.write(list.get(i), g);
      }
    } else {
      for (T v : values) {
        codec.write(v, g);
      }
    }
  }
}
