package dev.parley.json.codec;

import com.google.common.collect.ImmutableList;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.InvalidValueException;
import dev.parley.validation.Violation;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The limits and error reporting of one read, and the strict scalar readers every codec uses: a
 * string is only a JSON string, an integer only a JSON integer, nothing is coerced, and every
 * failure is a {@link ParleyJsonException} with the JSON Pointer, line and column of the offending
 * value.
 *
 * <pre>{@code
 * ReadContext ctx = ReadContext.of(JsonLimits.defaults());
 * PartyId id = ctx.text(p, PartyId::of);   // a JSON string, checked by the core's rules
 * long n = ctx.longValue(p);               // a JSON integer in the range of a long
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReadContext {
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

  /** {@link #fixed} of a context that reports the parser's own positions. */
  private static final long NOT_FIXED = Long.MIN_VALUE;

  private final JsonLimits limits;
  private final Failures failures;
  private final LookupTables tables;
  private final long line;
  private final String prefix;
  private final long fixed;
  private final boolean reportsWhere;

  private ReadContext(
      JsonLimits limits,
      Failures failures,
      LookupTables tables,
      long line,
      String prefix,
      long fixed,
      boolean reportsWhere) {
    this.limits = limits;
    this.failures = failures;
    this.tables = tables;
    this.line = line;
    this.prefix = prefix;
    this.fixed = fixed;
    this.reportsWhere = reportsWhere;
  }

  /**
   * Creates the context of a read.
   *
   * @param limits the limits
   * @param failures makes the exceptions
   * @param tables where the values read are shared
   * @return the context, not null
   */
  public static ReadContext of(JsonLimits limits, Failures failures, LookupTables tables) {
    return new ReadContext(limits, failures, tables, 0, "", NOT_FIXED, true);
  }

  /**
   * Returns a context for a read whose errors are never shown, because a failed read is done again
   * with a context that reports them: objects then skip noting where they start. The exceptions it
   * throws still say what went wrong, but their pointers, lines and columns are not to be relied
   * on.
   *
   * @return the context, not null
   */
  public ReadContext forRetriedRead() {
    return new ReadContext(limits, failures, tables, line, prefix, fixed, false);
  }

  /** Whether objects note where they start, for errors; see {@link #forRetriedRead()}. */
  boolean reportsWhere() {
    return reportsWhere;
  }

  /**
   * Returns a context whose errors report the given line, as for one line of an NDJSON stream.
   *
   * @param streamLine the 1-based line
   * @return the context, not null
   */
  public ReadContext onLine(long streamLine) {
    return new ReadContext(limits, failures, tables, streamLine, prefix, fixed, reportsWhere);
  }

  /** A context for a buffered copy of an object: pointers under the prefix, one location. */
  ReadContext relocated(String pointerPrefix, long at) {
    return new ReadContext(
        limits,
        failures,
        tables,
        line,
        prefix + pointerPrefix,
        fixed != NOT_FIXED ? fixed : at,
        reportsWhere);
  }

  /** Where the values read are shared. */
  LookupTables tables() {
    return tables;
  }

  /** Makes the module's exceptions. */
  Failures failures() {
    return failures;
  }

  /**
   * Returns the limits.
   *
   * @return the limits, not null
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns the JSON Pointer of the parser's current value: of the property at a property name or a
   * scalar, of the object or array itself at its start or end token.
   *
   * @param p the parser
   * @return the pointer, not null
   */
  public String pointer(TokenReader p) {
    return prefix + p.pointer();
  }

  /**
   * Returns the JSON Pointer of a parsing context.
   *
   * @param p the parser the context is of
   * @param c the context, from {@link TokenReader#parentContext()}, or null for the document
   * @return the pointer, not null
   */
  public String pointer(TokenReader p, @Nullable Object c) {
    return c == null ? prefix : prefix + p.pointer(c);
  }

  /**
   * Creates the exception for a problem at the parser's current token.
   *
   * @param p the parser
   * @param kind what went wrong
   * @param detail a plain message naming the offending value
   * @return the exception, to be thrown
   */
  public ParleyJsonException fail(TokenReader p, Kind kind, String detail) {
    return failAt(pointer(p), p.tokenPosition(), kind, detail, List.of(), null);
  }

  /**
   * Creates the exception for a problem at a given place.
   *
   * @param pointer the full pointer, as {@link #pointer(TokenReader)} gives it
   * @param at the packed line and column ({@link Positions}), or {@link Positions#UNKNOWN}
   * @param kind what went wrong
   * @param detail a plain message naming the offending value
   * @param violations broken rules of the core, or empty
   * @param cause the underlying exception, or null
   * @return the exception, to be thrown
   */
  public ParleyJsonException failAt(
      String pointer,
      long at,
      Kind kind,
      String detail,
      List<Violation> violations,
      @Nullable Throwable cause) {
    long loc = fixed != NOT_FIXED ? fixed : at;
    long ln = Math.max(0, Positions.line(loc));
    int col = Math.max(0, Positions.column(loc));
    if (line > 0) {
      ln = line;
    }
    return failures.create(kind, pointer, ln, col, detail, violations, cause);
  }

  /**
   * Starts reading an object.
   *
   * @param p the parser, on the object's start token
   * @param fields the properties the object may have
   * @return the cursor over its properties, not null
   * @throws ParleyJsonException if the value is not an object
   */
  public ObjectCursor object(TokenReader p, FieldSet fields) {
    if (p.currentToken() != Token.START_OBJECT) {
      throw wrongType(p, "an object");
    }
    return new ObjectCursor(p, this, fields, ObjectCursor.NO_POSITION, null, false);
  }

  /**
   * Builds the value of an object whose properties have all been read, turning a broken rule of the
   * core into a {@link Kind#RULE_VIOLATION} at the object.
   *
   * @param c the cursor, after {@link ObjectCursor#next()} returned -1
   * @param build builds the value, may throw the core's {@link InvalidValueException}
   * @return the value, not null
   */
  public <T> T build(ObjectCursor c, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw failAt(c.pointer(), c.start(), Kind.RULE_VIOLATION, e.getMessage(), e.violations(), e);
    }
  }

  /**
   * Reads a JSON string.
   *
   * @param p the parser, on the value
   * @return the string, not null
   * @throws ParleyJsonException if the value is not a string or is too long
   */
  public String string(TokenReader p) throws IOException {
    if (p.currentToken() != Token.VALUE_STRING) {
      throw wrongType(p, "a string");
    }
    String s = p.getText();
    if (s.length() > limits.maxStringLength()) {
      throw fail(
          p,
          Kind.LIMIT_EXCEEDED,
          "string of "
              + s.length()
              + " chars is longer than the limit of "
              + limits.maxStringLength());
    }
    return s;
  }

  /**
   * Reads a JSON string and converts it, turning the core's exceptions into ours.
   *
   * @param p the parser, on the value
   * @param reader converts the text
   * @return the value, not null
   * @throws ParleyJsonException if the value is not a string, breaks a rule of the core ({@link
   *     Kind#RULE_VIOLATION}) or cannot be read ({@link Kind#INVALID_TEXT})
   */
  public <T> T text(TokenReader p, TextReader<T> reader) throws IOException {
    String s = string(p);
    try {
      return reader.read(s);
    } catch (InvalidValueException e) {
      throw failAt(
          pointer(p), p.tokenPosition(), Kind.RULE_VIOLATION, e.getMessage(), e.violations(), e);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw failAt(
          pointer(p),
          p.tokenPosition(),
          Kind.INVALID_TEXT,
          "cannot read " + quote(s) + ": " + e.getMessage(),
          List.of(),
          e);
    }
  }

  /**
   * Reads a JSON integer that fits a {@code long}; a floating-point number such as {@code 8.0} is
   * rejected.
   *
   * @param p the parser, on the value
   * @return the integer
   * @throws ParleyJsonException if the value is not an integer or is out of range
   */
  public long longValue(TokenReader p) throws IOException {
    if (p.currentToken() != Token.VALUE_NUMBER_INT) {
      throw wrongType(p, "an integer");
    }
    if (p.isBigInteger()) {
      throw fail(
          p,
          Kind.WRONG_TYPE,
          "expected an integer within the range of a 64-bit integer, was " + p.getText());
    }
    return p.getLongValue();
  }

  /**
   * Reads a JSON number as a {@code double}.
   *
   * @param p the parser, on the value
   * @return the number
   * @throws ParleyJsonException if the value is not a number
   */
  public double doubleValue(TokenReader p) throws IOException {
    Token t = p.currentToken();
    if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
      throw wrongType(p, "a number");
    }
    return p.getDoubleValue();
  }

  /**
   * Reads a JSON array, each element with a codec.
   *
   * @param p the parser, on the array's start token
   * @param element the codec of the elements
   * @return the elements, immutable
   * @throws ParleyJsonException if the value is not an array or an element is bad or null
   */
  public <T> ImmutableList<T> list(TokenReader p, Codec<T> element) throws IOException {
    if (p.currentToken() != Token.START_ARRAY) {
      throw wrongType(p, "an array");
    }
    // Most lists in records hold one or two elements: no builder for those.
    T first = element(p, element);
    if (first == null) {
      return ImmutableList.of();
    }
    T second = element(p, element);
    if (second == null) {
      return ImmutableList.of(first);
    }
    T third = element(p, element);
    if (third == null) {
      return ImmutableList.of(first, second);
    }
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(8);
    out.add(first, second, third);
    for (T next; (next = element(p, element)) != null; ) {
      out.add(next);
    }
    return out.build();
  }

  /** The next element of an array, or null at its end. */
  private <T> @Nullable T element(TokenReader p, Codec<T> element) throws IOException {
    Token t = p.nextToken();
    if (t == Token.END_ARRAY) {
      return null;
    }
    if (t == null) {
      throw fail(p, Kind.TRUNCATED, "the text ends inside an array");
    }
    if (t == Token.VALUE_NULL) {
      throw fail(p, Kind.NULL_VALUE, "an array element is null");
    }
    return element.read(p, this);
  }

  /**
   * Creates the exception for a value of the wrong JSON type.
   *
   * @param p the parser, on the value
   * @param expected what was expected, such as {@code "a string"}
   * @return the exception, to be thrown
   */
  public ParleyJsonException wrongType(TokenReader p, String expected) {
    return fail(p, Kind.WRONG_TYPE, "expected " + expected + ", was " + describe(p));
  }

  private static String describe(TokenReader p) {
    Token t = p.currentToken();
    if (t == null) {
      return "the end of the text";
    }
    try {
      switch (t) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "the string " + quote(p.getText());
        case VALUE_NUMBER_INT:
          return "the integer " + abbreviate(p.getText());
        case VALUE_NUMBER_FLOAT:
          return "the floating-point number " + abbreviate(p.getText());
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + p.getText();
        case VALUE_NULL:
          return "null";
        case END_OBJECT:
          return "}";
        case END_ARRAY:
          return "]";
        default:
          return t.name();
      }
    } catch (IOException e) {
      return t.name();
    }
  }

  /**
   * Quotes a text for a message, abbreviated to 40 chars.
   *
   * @param s the text
   * @return the quoted text
   */
  static String quote(String s) {
    return "\"" + abbreviate(s) + "\"";
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
