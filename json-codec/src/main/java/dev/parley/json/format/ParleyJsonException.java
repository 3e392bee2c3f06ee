package dev.parley.json.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.validation.Violation;
import java.util.List;

/**
 * The one exception Parley's JSON reading throws, whatever went wrong: malformed or truncated text,
 * a value of the wrong JSON type, an unknown, duplicate, missing or null property, an unknown
 * record type, a limit exceeded, or a value that breaks a rule of the core.
 *
 * <pre>{@code
 * try {
 *   ParleyJson.defaults().read("{\"type\":\"party\",\"id\":\"ua\",\"name\":\" \",\"kind\":\"state\"}", Party.class);
 * } catch (ParleyJsonException e) {
 *   e.kind();        // RULE_VIOLATION
 *   e.pointer();     // "" (the party object itself)
 *   e.line();        // 1
 *   e.column();      // 1
 *   e.ruleCodes();   // [PARTY_NAME_BLANK]
 * }
 * }</pre>
 *
 * <p>The pointer is an RFC 6901 JSON Pointer to the offending value ({@code ""} for the whole
 * document, {@code /coordinates/latitude} for a nested one); for a rule violation it points at the
 * object that could not be built. Line and column are 1-based; the column counts bytes of the UTF-8
 * text; for NDJSON the line is the line of the stream. A failed read never returns a half-built
 * value. Instances are immutable and thread-safe.
 */
public final class ParleyJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static {
    dev.parley.json.codec.FormatAccess.install(new Constructors());
  }

  /** What went wrong. Stable: constants are never renamed or removed. */
  public enum Kind {
    /** The text is not JSON: a bad token, a missing comma, an unquoted name. */
    MALFORMED,
    /** The text ends before the value does. */
    TRUNCATED,
    /** Something other than whitespace follows a complete document or NDJSON line. */
    TRAILING_CONTENT,
    /**
     * A value has the wrong JSON type: a number for a string or the reverse, a floating-point
     * number for an integer, an array for an object. Nothing is coerced.
     */
    WRONG_TYPE,
    /** A property is {@code null}; Parley never writes nulls and never reads them. */
    NULL_VALUE,
    /** An object has a property the format does not define there. */
    UNKNOWN_PROPERTY,
    /** An object has the same property twice. */
    DUPLICATE_PROPERTY,
    /** An object lacks a required property. */
    MISSING_PROPERTY,
    /** A record's {@code type} is not one of the format's record types. */
    UNKNOWN_TYPE,
    /** A record's {@code type} is a known type, but not the one asked for. */
    TYPE_MISMATCH,
    /** An enumerated value (a kind, a role, a precision, a stance) is not one of its tokens. */
    UNKNOWN_TOKEN,
    /** A text value cannot be read: a date, a time zone or a link in the wrong form. */
    INVALID_TEXT,
    /** The value breaks one or more rules of the core; see {@link #ruleCodes()}. */
    RULE_VIOLATION,
    /** A limit of {@link JsonLimits} is exceeded. */
    LIMIT_EXCEEDED,
    /** An NDJSON header is missing, or names another format or an unsupported version. */
    UNSUPPORTED_FORMAT,
    /** Reading the underlying stream failed. */
    IO
  }

  /** What went wrong. */
  private final Kind kind;

  /** The JSON Pointer of the offending value. */
  private final String pointer;

  /** The 1-based line of the offending value. */
  private final long line;

  /** The 1-based column of the offending value. */
  private final int column;

  /** The message without the location. */
  private final String detail;

  /** The violated core rules, for rule violations. */
  @SuppressWarnings("serial") // ImmutableList and Violation are serializable
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception. Made only by the module: the codecs get this constructor as {@link
   * dev.parley.json.codec.io.Failures}; applications catch the exception.
   *
   * @param kind what went wrong
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param detail a plain message naming the offending value
   * @param violations the broken rules, empty unless {@code kind} is {@link Kind#RULE_VIOLATION}
   * @param cause the underlying exception, or null
   */
  ParleyJsonException(
      Kind kind,
      String pointer,
      long line,
      int column,
      String detail,
      List<Violation> violations,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(message(kind, pointer, line, column, detail), cause);
    this.kind = requireNonNull(kind, "kind");
    this.pointer = requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.detail = requireNonNull(detail, "detail");
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(Kind kind, String pointer, long line, int column, String detail) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " at \""
        + pointer
        + "\" (line "
        + line
        + ", column "
        + column
        + "): "
        + detail;
  }

  /**
   * Returns a copy placed at another line, as when a line of an NDJSON stream is read on its own.
   *
   * @param newLine the 1-based line
   * @return the relocated exception, not null
   */
  public ParleyJsonException atLine(long newLine) {
    ParleyJsonException e =
        new ParleyJsonException(kind, pointer, newLine, column, detail, violations, getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the RFC 6901 JSON Pointer of the offending value.
   *
   * @return such as {@code /coordinates/latitude}; {@code ""} for the whole document; not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending value.
   *
   * @return 1 or more, or 0 when unknown
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column of the offending value, counted in bytes of UTF-8 text.
   *
   * @return 1 or more, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the message without the kind, pointer and position.
   *
   * @return the plain message, not null
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns every rule the value breaks.
   *
   * @return the violations of the core's rules, empty unless the kind is {@link
   *     Kind#RULE_VIOLATION}; immutable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the distinct rule codes of {@link #violations()}, in order.
   *
   * @return the rule codes, such as {@code [PARTY_NAME_BLANK]}; empty unless the kind is {@link
   *     Kind#RULE_VIOLATION}; immutable
   */
  public List<String> ruleCodes() {
    return violations.stream()
        .map(Violation::rule)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }
}
