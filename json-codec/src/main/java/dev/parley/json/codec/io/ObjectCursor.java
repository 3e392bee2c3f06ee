package dev.parley.json.codec.io;

import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Walks the properties of one object strictly: an unknown, repeated or null property fails at once,
 * and a missing required property fails at the end of the object.
 *
 * <pre>{@code
 * ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
 * for (int f; (f = c.next()) >= 0; ) {
 *   switch (f) {
 *     case 0: latitude = Values.doubleValue(p, ctx); break;
 *     default: longitude = Values.doubleValue(p, ctx);
 *   }
 * }
 * return c.build(() -> Coordinates.of(latitude, longitude));
 * }</pre>
 *
 * <p>For a record, the cursor also checks its {@code type} property, which it never returns. The
 * cursor keeps the enclosing parsing context, which does not move while the object is read, so the
 * object's pointer costs nothing until an error needs it. A cursor is used by one thread for one
 * object.
 */
public final class ObjectCursor {
  /** Reads the value of a record's {@code type} property and checks it names the record's type. */
  public interface TypeProperty {
    /**
     * Reads and checks the value.
     *
     * @param p the parser, on the property name
     * @param ctx the context of the read
     * @throws IOException if the parser fails
     */
    void read(TokenReader p, ReadContext ctx) throws IOException;
  }

  private final TokenReader p;
  private final ReadContext ctx;
  private final FieldSet fields;

  /** For callers that have no position yet: the cursor takes the current token's. */
  public static final long NO_POSITION = Long.MIN_VALUE;

  private final long startPosition;
  private final @Nullable Object parent;
  private final @Nullable TypeProperty record;
  private boolean typeSeen;
  private long seen;
  private int last = -1;

  public ObjectCursor(
      TokenReader p,
      ReadContext ctx,
      FieldSet fields,
      long start,
      @Nullable TypeProperty record,
      boolean typeSeen) {
    this.p = p;
    this.ctx = ctx;
    this.fields = fields;
    boolean where = ctx.reportsWhere();
    this.startPosition = start != NO_POSITION || !where ? start : position(p);
    this.parent = where ? p.parentContext() : null;
    this.record = record;
    this.typeSeen = typeSeen;
  }

  /**
   * Starts reading an object.
   *
   * @param p the parser, on the object's start token
   * @param ctx the context of the read
   * @param fields the properties the object may have
   * @return the cursor over its properties, not null
   * @throws dev.parley.json.format.ParleyJsonException if the value is not an object
   */
  public static ObjectCursor open(TokenReader p, ReadContext ctx, FieldSet fields) {
    if (p.currentToken() != Token.START_OBJECT) {
      throw ctx.wrongType(p, "an object");
    }
    return new ObjectCursor(p, ctx, fields, NO_POSITION, null, false);
  }

  /**
   * Starts reading an object.
   *
   * @param p the parser, on the object's start token
   * @param ctx the context of the read
   * @param fields the properties the object may have
   * @return the cursor over its properties, not null
   * @throws dev.parley.json.format.ParleyJsonException if the value is not an object
   */
  public static ObjectCursor open(TokenReader p, ReadContext ctx, Fields<?> fields) {
    return open(p, ctx, fields.set());
  }

  /**
   * Moves to the next property's value.
   *
   * @param <E> the enum of the properties
   * @param fields the properties the cursor was opened with
   * @return the property, the parser on its value (never null); or null at the end of the object,
   *     the parser on the end token
   * @throws IOException if the parser fails
   * @throws dev.parley.json.format.ParleyJsonException if a property is unknown, repeated or null,
   *     or a required one is missing
   */
  public <E extends Enum<E>> @Nullable E next(Fields<E> fields) throws IOException {
    return fields.constant(next());
  }

  /**
   * Returns whether a property was present.
   *
   * @param field the property
   * @return true if it was read
   */
  public boolean has(Enum<?> field) {
    return has(field.ordinal());
  }

  /**
   * Builds the value of an object whose properties have all been read, turning a broken rule of the
   * core into a {@link Kind#RULE_VIOLATION} at the object.
   *
   * @param <T> the value's type
   * @param build builds the value, may throw the core's {@link InvalidValueException}
   * @return the value, not null
   * @throws dev.parley.json.format.ParleyJsonException if a rule of the core is broken
   */
  public <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      throw ctx.failAt(pointer(), start(), Kind.RULE_VIOLATION, e.getMessage(), e.violations(), e);
    }
  }

  /** The line and column of the parser's current token, packed into a long. */
  public static long position(TokenReader p) {
    return p.tokenPosition();
  }

  /**
   * Moves to the next property's value.
   *
   * @return the property's index in the field set, the parser on its value (never null); or -1 at
   *     the end of the object, the parser on the end token
   * @throws IOException if the parser fails
   * @throws dev.parley.json.format.ParleyJsonException if a property is unknown, repeated or null,
   *     or a required one is missing
   */
  public int next() throws IOException {
    int guess = fields.guessAfter(last);
    // Most often the property written after the previous one, matched on the raw bytes.
    int i =
        guess < fields.size() && p.nextFieldName(fields.serialized(guess))
            ? guess
            : unguessed(guess);
    if (i < 0) {
      return -1;
    }
    long bit = 1L << i;
    if ((seen & bit) != 0) {
      throw ctx.fail(
          p, Kind.DUPLICATE_PROPERTY, "property \"" + fields.name(i) + "\" appears twice");
    }
    seen |= bit;
    last = i;
    if (p.nextToken() == Token.VALUE_NULL) {
      throw ctx.fail(
          p,
          Kind.NULL_VALUE,
          "property \"" + fields.name(i) + "\" is null; leave out a property that has no value");
    }
    return i;
  }

  /**
   * The property the parser is on when it was not the one guessed, learnt as the new guess; or -1
   * at the end of the object.
   */
  private int unguessed(int guess) throws IOException {
    Token t = guess < fields.size() ? p.currentToken() : p.nextToken();
    while (true) {
      if (t == Token.END_OBJECT) {
        checkRequired();
        return -1;
      }
      if (t != Token.FIELD_NAME) {
        throw ctx.fail(p, Kind.TRUNCATED, "the text ends inside an object");
      }
      String name = p.currentName();
      int i = fields.indexOf(name);
      if (i >= 0) {
        fields.learn(last, i);
        return i;
      }
      if (record == null || !name.equals("type")) {
        throw ctx.fail(
            p,
            Kind.UNKNOWN_PROPERTY,
            "unknown property " + ReadContext.quote(name) + "; expected one of " + expected());
      }
      readType();
      t = p.nextToken();
    }
  }

  /**
   * Returns whether a property was present.
   *
   * @param i the index in the field set
   * @return true if it was read
   */
  public boolean has(int i) {
    return (seen & (1L << i)) != 0;
  }

  /**
   * Returns the pointer of the object.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return ctx.pointer(p, parent);
  }

  /**
   * Returns the location of the object's start.
   *
   * @return the packed line and column ({@link Positions})
   */
  public long start() {
    return startPosition;
  }

  private void readType() throws IOException {
    TypeProperty r = java.util.Objects.requireNonNull(record);
    if (typeSeen) {
      throw ctx.fail(p, Kind.DUPLICATE_PROPERTY, "property \"type\" appears twice");
    }
    typeSeen = true;
    r.read(p, ctx);
  }

  private void checkRequired() {
    long missing = fields.requiredMask() & ~seen;
    if (missing == 0 && (record == null || typeSeen)) {
      return;
    }
    List<String> names = new ArrayList<>();
    if (record != null && !typeSeen) {
      names.add("type");
    }
    for (int i = 0; i < fields.size(); i++) {
      if ((missing & (1L << i)) != 0) {
        names.add(fields.name(i));
      }
    }
    StringJoiner j = new StringJoiner(", ");
    names.forEach(n -> j.add("\"" + n + "\""));
    throw ctx.failAt(
        pointer(),
        start(),
        Kind.MISSING_PROPERTY,
        (names.size() == 1 ? "missing required property " : "missing required properties ") + j,
        List.of(),
        null);
  }

  private String expected() {
    StringJoiner j = new StringJoiner(", ");
    if (record != null) {
      j.add("type");
    }
    for (int i = 0; i < fields.size(); i++) {
      j.add(fields.name(i));
    }
    return j.toString();
  }
}
