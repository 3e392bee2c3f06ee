package dev.parley.json.codec.io;

import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
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
 * try {
 *   return Coordinates.of(latitude, longitude);
 * } catch (InvalidValueException e) {
 *   throw c.violation(e);
 * }
 * }</pre>
 *
 * <p>For a record, the cursor also checks its {@code type} property, which it never returns. The
 * cursor keeps the enclosing parsing context, which does not move while the object is read, so the
 * object's pointer costs nothing until an error needs it. A cursor is used by one thread; each
 * reader reuses its cursors from object to object ({@link Pool}), so a cursor is valid from {@code
 * open} until the object's value is built, which a codec does before it reads anything else.
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

  /**
   * The cursors of one reader. The objects open at one time are a chain, each inside the one
   * before, so the cursors form a stack: an object takes the cursor above its enclosing object's,
   * and gives it back when it ends, for the next object at that level. Reading a record opens no
   * new cursor once the reader has seen its depth. Used by the reader's thread only.
   */
  public static final class Pool {
    private final TokenReader p;
    private ObjectCursor[] cursors = new ObjectCursor[8];
    private int open;

    /**
     * Creates the pool of a reader.
     *
     * @param p the reader whose objects the cursors walk
     */
    public Pool(TokenReader p) {
      this.p = p;
    }

    /**
     * Starts a value at the root of a document or an NDJSON line: every cursor is free again, even
     * those of an object whose reading failed.
     */
    public void startRoot() {
      open = 0;
    }

    ObjectCursor take() {
      int i = open++;
      ObjectCursor[] all = cursors;
      if (i >= all.length) {
        all = cursors = java.util.Arrays.copyOf(all, all.length * 2);
      }
      ObjectCursor c = all[i];
      if (c == null) {
        c = all[i] = new ObjectCursor(p, this, i);
      }
      return c;
    }

    void release(int level) {
      open = level;
    }
  }

  private final TokenReader p;
  private final Pool pool;
  private final int level;
  private ReadContext ctx;
  private FieldSet fields;

  /** For callers that have no position yet: the cursor takes the current token's. */
  public static final long NO_POSITION = Long.MIN_VALUE;

  private long startPosition;
  private @Nullable Object parent;
  private @Nullable TypeProperty record;
  private boolean typeSeen;
  private long seen;
  private int last;

  private ObjectCursor(TokenReader p, Pool pool, int level) {
    this.p = p;
    this.pool = pool;
    this.level = level;
  }

  /**
   * Takes a free cursor of the reader and sets it to walk an object from its start.
   *
   * @param p the parser, inside the object
   * @param ctx the context of the read
   * @param fields the properties the object may have
   * @param start where the object starts ({@link Positions}), or {@link #NO_POSITION} for the
   *     current token's
   * @param record checks a record's {@code type} property, or null for an object that has none
   * @param typeSeen whether the record's {@code type} has been read already
   * @return the cursor, not null
   */
  public static ObjectCursor reuse(
      TokenReader p,
      ReadContext ctx,
      FieldSet fields,
      long start,
      @Nullable TypeProperty record,
      boolean typeSeen) {
    ObjectCursor c = p.cursors().take();
    c.ctx = ctx;
    c.fields = fields;
    boolean where = ctx.reportsWhere();
    c.startPosition = start != NO_POSITION || !where ? start : position(p);
    c.parent = where ? p.parentContext() : null;
    c.record = record;
    c.typeSeen = typeSeen;
    c.seen = 0;
    c.last = -1;
    return c;
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
    return reuse(p, ctx, fields, NO_POSITION, null, false);
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
   * Turns the core's broken rules, from building the value of an object whose properties have all
   * been read, into a {@link Kind#RULE_VIOLATION} at the object. Codecs build in a {@code try}
   * block of their own and throw what this returns; a fresh JVM then links no lambda for them.
   *
   * @param e what building the value threw
   * @return the failure to throw, with the object's pointer and position
   */
  public ParleyJsonException violation(InvalidValueException e) {
    return ctx.failAt(pointer(), start(), Kind.RULE_VIOLATION, e.getMessage(), e.violations(), e);
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
      throw duplicate(i);
    }
    seen |= bit;
    last = i;
    if (p.nextToken() == Token.VALUE_NULL) {
      throw nullValue(i);
    }
    return i;
  }

  // The failures of next() are kept out of it, so that its hot path stays small enough to inline.

  private ParleyJsonException duplicate(int i) {
    return ctx.fail(
        p, Kind.DUPLICATE_PROPERTY, "property \"" + fields.name(i) + "\" appears twice");
  }

  private ParleyJsonException nullValue(int i) {
    return ctx.fail(
        p,
        Kind.NULL_VALUE,
        "property \"" + fields.name(i) + "\" is null; leave out a property that has no value");
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
        pool.release(level);
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
