package dev.parley.json.codec.io;

import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.Violation;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The limits and error reporting of one read: every failure is a {@link ParleyJsonException} with
 * the JSON Pointer, line and column of the offending value. Values are read by {@link Values} and
 * objects by {@link ObjectCursor}, which report their failures here.
 *
 * <pre>{@code
 * ReadContext ctx = ReadContext.of(limits, failures, tables);
 * if (p.currentToken() != Token.VALUE_STRING) {
 *   throw ctx.wrongType(p, "a string");
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReadContext {
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
  public ReadContext relocated(String pointerPrefix, long at) {
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
  public static String quote(String s) {
    return "\"" + abbreviate(s) + "\"";
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
