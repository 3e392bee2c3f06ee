package dev.parley.json.codec.records;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.FieldSet;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;

/**
 * The codec of a record type: an object whose first property, {@code "type"}, names the type from
 * the format's closed list, followed by the type's own properties.
 *
 * <pre>{@code
 * final class PlaceCodec extends RecordCodec<Place> {
 *   private static final FieldSet FIELDS = FieldSet.of("id", "name", "country", ...);
 *   PlaceCodec() { super("place", Place.class, FIELDS); }
 *   protected void writeFields(Place v, TokenWriter g) throws IOException { ... }
 *   protected Place readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException { ... }
 * }
 * }</pre>
 *
 * <p>Writing always puts {@code type} first; reading accepts it anywhere in the object (the {@link
 * ObjectCursor} checks it, and never returns it to {@link #readFields}). A subclass is stateless,
 * immutable and thread-safe, and is registered once in {@link RecordTypes}.
 *
 * @param <T> the record's Java type
 */
public abstract class RecordCodec<T> implements Codec<T> {
  private static final Name TYPE = Name.of("type");

  private final String typeName;
  private final Name typeToken;
  private final Class<T> javaType;
  private final FieldSet fields;
  private final ObjectCursor.TypeProperty typeProperty = this::checkType;

  /**
   * Creates the codec.
   *
   * @param typeName the record type's name in the format, lowerCamelCase, such as {@code party}
   * @param javaType the record's Java type
   * @param fields the record's properties, {@code type} excluded
   */
  protected RecordCodec(String typeName, Class<T> javaType, Fields<?> fields) {
    this(typeName, javaType, fields.set());
  }

  /**
   * Creates the codec.
   *
   * @param typeName the record type's name in the format, lowerCamelCase, such as {@code party}
   * @param javaType the record's Java type
   * @param fields the record's properties, {@code type} excluded
   */
  protected RecordCodec(String typeName, Class<T> javaType, FieldSet fields) {
    this.typeName = typeName;
    this.typeToken = Name.of(typeName);
    this.javaType = javaType;
    this.fields = fields;
  }

  /**
   * Returns the record type's name in the format.
   *
   * @return such as {@code party}, not null
   */
  public final String typeName() {
    return typeName;
  }

  @Override
  public final Class<T> javaType() {
    return javaType;
  }

  @Override
  public final void write(T value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField(TYPE, typeToken);
    writeFields(value, g);
    g.writeEndObject();
  }

  @Override
  public final T read(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.START_OBJECT) {
      throw ctx.wrongType(p, "an object");
    }
    return readFields(
        p, ObjectCursor.reuse(p, ctx, fields, ObjectCursor.NO_POSITION, typeProperty, false), ctx);
  }

  /** Reads the value of the record's {@code type} property and checks that it names this type. */
  private void checkType(TokenReader p, ReadContext ctx) throws IOException {
    RecordCodec<?> named = RecordTypes.typeValue(p, ctx);
    if (named != this) {
      throw ctx.fail(
          p,
          Kind.TYPE_MISMATCH,
          "expected a record of type \"" + typeName + "\", was \"" + named.typeName() + "\"");
    }
  }

  /** Reads the rest of a record whose {@code type} property has just been read. */
  final T readAfterType(TokenReader p, ReadContext ctx, long start) throws IOException {
    return readFields(p, ObjectCursor.reuse(p, ctx, fields, start, typeProperty, true), ctx);
  }

  /**
   * Writes the record's own properties, in the order of the field set, leaving out absent optional
   * ones; the object's start, {@code type} and end are written by the caller.
   *
   * @param value the record
   * @param g the generator, inside the record's object
   * @throws IOException if the generator fails
   */
  protected abstract void writeFields(T value, TokenWriter g) throws IOException;

  /**
   * Reads the record's properties with the cursor and builds the record with {@link
   * ReadContext#build}.
   *
   * @param p the parser
   * @param c the cursor over the record's properties
   * @param ctx the context of the read
   * @return the record, not null
   * @throws IOException if the parser fails
   */
  protected abstract T readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException;
}
