package dev.parley.json.codec.io;

import com.google.common.base.CaseFormat;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The properties of an object of the wire format, declared once as the constants of an enum: a
 * constant's name gives the property name ({@code IN_FORCE} is {@code "inForce"}), its order the
 * order in which error messages list the properties and in which reading first expects them; the
 * optional ones are named when the fields are made. That one declaration drives reading (matching,
 * required and repeated properties, error messages) and writing (pre-encoded names, optional
 * properties left out).
 *
 * <pre>{@code
 * private enum F { ID, PARTIES, NOTE }
 * private static final Fields<F> FIELDS = Fields.of(F.class, F.NOTE);
 *
 * FIELDS.write(g, F.ID, truce.id(), Vocabulary.RECORD_ID);
 * FIELDS.writeArray(g, F.PARTIES, truce.parties(), Vocabulary.PARTY_ID);
 * FIELDS.writeStringIfPresent(g, F.NOTE, truce.note());
 *
 * for (F f; (f = c.next(FIELDS)) != null; ) {
 *   switch (f) {
 *     case ID: b.id(Vocabulary.RECORD_ID.read(p, ctx)); break;
 *     case PARTIES: b.addAllParties(Values.list(p, ctx, Vocabulary.PARTY_ID)); break;
 *     case NOTE: b.note(Values.string(p, ctx)); break;
 *   }
 * }
 * }</pre>
 *
 * <p>Reading switches on the constant, which the compiler turns into a jump table, so a field read
 * costs no more than with numbered cases. At most 64 properties. Instances are immutable and
 * thread-safe.
 *
 * @param <E> the enum of the properties
 */
public final class Fields<E extends Enum<E>> {
  private final E[] constants;
  private final FieldSet set;
  private final Name[] names;
  private final boolean[] optional;

  private Fields(E[] constants, FieldSet set) {
    this.constants = constants;
    this.set = set;
    this.names = new Name[constants.length];
    this.optional = new boolean[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = set.serialized(i);
      optional[i] = (set.requiredMask() & (1L << i)) == 0;
    }
  }

  /**
   * Declares the properties of an object by the constants of an enum.
   *
   * <p>The optional properties are named here rather than marked with an annotation on their
   * constants: reading annotations makes the JVM build proxy classes, which costs a fresh JVM's
   * first read about a twentieth of its time.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param optional the constants of the optional properties; every other one is required
   * @return the fields, not null
   * @throws IllegalArgumentException if the enum has more than 64 constants
   */
  @SafeVarargs
  public static <E extends Enum<E>> Fields<E> of(Class<E> type, E... optional) {
    E[] constants = type.getEnumConstants();
    boolean[] isOptional = new boolean[constants.length];
    for (E e : optional) {
      isOptional[e.ordinal()] = true;
    }
    String[] specs = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      String name = CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, constants[i].name());
      specs[i] = isOptional[i] ? name + "?" : name;
    }
    return new Fields<>(constants, FieldSet.of(specs));
  }

  /** The names and required properties that the cursor matches. */
  public FieldSet set() {
    return set;
  }

  /** The constant at an index of the field set, or null for -1. */
  @Nullable E constant(int i) {
    return i < 0 ? null : constants[i];
  }

  /**
   * Returns the property name of a constant.
   *
   * @param field the constant
   * @return the name, as written
   */
  public String name(E field) {
    return names[field.ordinal()].value();
  }

  /**
   * Writes a property name, pre-encoded.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @throws IOException if the writer fails
   */
  public void name(TokenWriter g, E field) throws IOException {
    g.writeFieldName(names[field.ordinal()]);
  }

  /**
   * Writes a property.
   *
   * @param <T> the value's type
   * @param g the writer, inside an object
   * @param field the property
   * @param value the value
   * @param codec the value's codec
   * @throws IOException if the writer fails
   */
  public <T> void write(TokenWriter g, E field, T value, Codec<T> codec) throws IOException {
    codec.writeField(names[field.ordinal()], value, g);
  }

  /**
   * Writes a property whose value is a string.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the string
   * @throws IOException if the writer fails
   */
  public void writeString(TokenWriter g, E field, String value) throws IOException {
    g.writeStringField(names[field.ordinal()], value);
  }

  /**
   * Writes a property whose value is a string, if present.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the string, or empty to leave the property out
   * @throws IOException if the writer fails
   */
  public void writeStringIfPresent(TokenWriter g, E field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(names[field.ordinal()], value.get());
    }
  }

  /**
   * Writes a property if its value is present.
   *
   * @param <T> the value's type
   * @param g the writer, inside an object
   * @param field the property
   * @param value the value, or empty to leave the property out
   * @param codec the value's codec
   * @throws IOException if the writer fails
   */
  public <T> void writeIfPresent(TokenWriter g, E field, Optional<T> value, Codec<T> codec)
      throws IOException {
    if (value.isPresent()) {
      codec.writeField(names[field.ordinal()], value.get(), g);
    }
  }

  /**
   * Writes a property whose value is an array; an optional property is left out when the collection
   * is empty.
   *
   * @param <T> the elements' type
   * @param g the writer, inside an object
   * @param field the property
   * @param values the elements, in order
   * @param codec the elements' codec
   * @throws IOException if the writer fails
   */
  public <T> void writeArray(TokenWriter g, E field, Collection<T> values, Codec<T> codec)
      throws IOException {
    int i = field.ordinal();
    if (values.isEmpty() && optional[i]) {
      return;
    }
    g.writeArrayFieldStart(names[i]);
    Values.writeElements(g, values, codec);
    g.writeEndArray();
  }

  /**
   * Writes a property whose value is an integer.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the integer
   * @throws IOException if the writer fails
   */
  public void writeNumber(TokenWriter g, E field, long value) throws IOException {
    g.writeNumberField(names[field.ordinal()], value);
  }

  /**
   * Writes a property whose value is a floating-point number.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the number
   * @throws IOException if the writer fails
   */
  public void writeNumber(TokenWriter g, E field, double value) throws IOException {
    g.writeFieldName(names[field.ordinal()]);
    g.writeNumber(value);
  }

  /**
   * Writes a property whose value is an integer, if present.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the integer, or empty to leave the property out
   * @throws IOException if the writer fails
   */
  public void writeIfPresent(TokenWriter g, E field, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      writeNumber(g, field, value.getAsLong());
    }
  }

  /**
   * Writes a property whose value is an integer, if present.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the integer, or empty to leave the property out
   * @throws IOException if the writer fails
   */
  public void writeIfPresent(TokenWriter g, E field, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      writeNumber(g, field, value.getAsInt());
    }
  }

  /**
   * Writes a property whose value is a boolean; an optional property is left out when false.
   *
   * @param g the writer, inside an object
   * @param field the property
   * @param value the boolean
   * @throws IOException if the writer fails
   */
  public void writeBoolean(TokenWriter g, E field, boolean value) throws IOException {
    int i = field.ordinal();
    if (!value && optional[i]) {
      return;
    }
    g.writeFieldName(names[i]);
    g.writeBoolean(value);
  }
}
