package dev.parley.json.codec.records;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TextTable;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.record.RecordType;
import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The closed list of record types of the wire format, and reading and writing a record of any of
 * them by its {@code type} name.
 *
 * <pre>{@code
 * Object record = RecordTypes.readAny(parser, ctx);   // a Party, a Place, ...
 * RecordTypes.writeAny(record, generator);
 * }</pre>
 *
 * <p>Adding a record type: add it to {@link RecordType}, write its {@link RecordCodec} and return
 * it from {@link #codec}. Type names are never Java class names and are never read from anywhere
 * but this list.
 */
public final class RecordTypes {
  /**
   * Every record type of format version 1, in the order the format documents them: parties and
   * places, then one codec per {@link RecordType}, in that enum's order.
   */
  private static final ImmutableList<RecordCodec<?>> ALL = all(RecordType.values());

  /**
   * Every codec, in plain loops: this runs when a JVM first reads, and a lambda or a collector
   * costs more to link there than the loop costs to run.
   */
  private static ImmutableList<RecordCodec<?>> all(RecordType[] types) {
    ImmutableList.Builder<RecordCodec<?>> all = ImmutableList.builder();
    all.add(new PartyCodec(), new PlaceCodec());
    for (RecordType type : types) {
      all.add(codec(type));
    }
    return all.build();
  }

  /** The codec of a chronicle record type; a type without a codec does not compile. */
  private static RecordCodec<?> codec(RecordType type) {
    return switch (type) {
      case AGREEMENT -> new AgreementCodec();
      case EXCHANGE -> new ExchangeCodec();
      case NEGOTIATION_ROUND -> new NegotiationRoundCodec();
      case CEASEFIRE_PROPOSAL -> new CeasefireProposalCodec();
      case TERRITORIAL_CLAIM -> new TerritorialClaimCodec();
      case ASSESSMENT -> new AssessmentCodec();
      case INCIDENT -> new IncidentCodec();
      case TRUCE -> new TruceCodec();
    };
  }

  private static final Name TYPE = Name.of("type");

  private static final ImmutableMap<String, RecordCodec<?>> BY_NAME;

  /** The same names, looked up with the parser's characters. */
  private static final TextTable<RecordCodec<?>> BY_TOKEN = new TextTable<>(ALL.size());

  private static final String NAMES;

  static {
    ImmutableMap.Builder<String, RecordCodec<?>> byName =
        ImmutableMap.builderWithExpectedSize(ALL.size());
    StringJoiner names = new StringJoiner(", ");
    for (RecordCodec<?> c : ALL) {
      byName.put(c.typeName(), c);
      BY_TOKEN.put(c.typeName(), c);
      names.add(c.typeName());
    }
    BY_NAME = byName.build();
    NAMES = names.toString();
  }

  private static final ClassValue<@Nullable RecordCodec<?>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected @Nullable RecordCodec<?> computeValue(Class<?> type) {
          for (RecordCodec<?> c : ALL) {
            if (c.javaType().isAssignableFrom(type)) {
              return c;
            }
          }
          return null;
        }
      };

  private RecordTypes() {}

  /**
   * Returns the codec of every record type.
   *
   * @return the codecs, immutable
   */
  public static List<RecordCodec<?>> all() {
    return ALL;
  }

  /**
   * Returns the codec of a type name.
   *
   * @param name the name, such as {@code party}
   * @return the codec, or null if no record type has that name
   */
  public static @Nullable RecordCodec<?> byName(String name) {
    return BY_NAME.get(name);
  }

  /**
   * Returns the codec of a Java type or one of its subclasses.
   *
   * @param type the class, such as {@code Party.class}
   * @return the codec, or null if the class is not a record type
   */
  @SuppressWarnings("unchecked")
  public static <T> @Nullable RecordCodec<T> byClass(Class<T> type) {
    return (RecordCodec<T>) BY_CLASS.get(type);
  }

  /**
   * Writes a record of any type.
   *
   * @param record the record
   * @param g the generator
   * @throws IOException if the generator fails
   * @throws IllegalArgumentException if the value is not of a record type
   */
  @SuppressWarnings("unchecked")
  public static void writeAny(Object record, TokenWriter g) throws IOException {
    RecordCodec<Object> c = (RecordCodec<Object>) BY_CLASS.get(record.getClass());
    if (c == null) {
      throw new IllegalArgumentException(
          "not a record type of the format: "
              + record.getClass().getName()
              + "; record types are "
              + NAMES);
    }
    c.write(record, g);
  }

  /**
   * Reads a record of any type, chosen by its {@code type} property. When {@code type} is not the
   * first property, the object is buffered (within the document's limits) until it is found; errors
   * inside a buffered object report the object's line and column.
   *
   * @param p the parser, on the record's start token
   * @param ctx the context of the read
   * @return the record, not null
   * @throws IOException if the parser fails
   * @throws dev.parley.json.format.ParleyJsonException if the record is bad
   */
  public static Object readAny(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.START_OBJECT) {
      throw ctx.wrongType(p, "a record object");
    }
    long position = ObjectCursor.position(p);
    if (p.nextFieldName(TYPE)) {
      return typeValue(p, ctx).readAfterType(p, ctx, position);
    }
    Token t = p.currentToken();
    if (t == Token.FIELD_NAME && p.currentName().equals("type")) {
      return typeValue(p, ctx).readAfterType(p, ctx, position);
    }
    long start = position;
    String objectPointer = objectPointer(p, ctx);
    TokenReader.TokenBuffer buffer = p.newBuffer();
    buffer.writeStartObject();
    RecordCodec<?> codec = null;
    while (t != Token.END_OBJECT) {
      if (t == null) {
        throw ctx.fail(p, Kind.TRUNCATED, "the text ends inside an object");
      }
      if (codec == null && p.currentName().equals("type")) {
        codec = typeValue(p, ctx);
        buffer.writeFieldName("type");
        buffer.writeString(codec.typeName());
      } else {
        p.copyCurrentStructure(buffer);
      }
      t = p.nextToken();
    }
    buffer.writeEndObject();
    if (codec == null) {
      throw ctx.failAt(
          objectPointer,
          start,
          Kind.MISSING_PROPERTY,
          "missing required property \"type\"; record types are " + NAMES,
          List.of(),
          null);
    }
    try (TokenReader copy = buffer.reader()) {
      copy.nextToken();
      return codec.read(copy, ctx.relocated(objectPointer, start));
    }
  }

  private static String objectPointer(TokenReader p, ReadContext ctx) {
    if (p.currentToken() == Token.END_OBJECT) {
      return ctx.pointer(p);
    }
    return ctx.pointer(p, p.parentContext());
  }

  /**
   * Reads the value of a {@code type} property.
   *
   * @param p the parser, on the property name
   * @param ctx the context of the read
   * @return the codec it names, not null
   * @throws IOException if the parser fails
   * @throws dev.parley.json.format.ParleyJsonException if the value is null, not a string, or not a
   *     record type
   */
  static RecordCodec<?> typeValue(TokenReader p, ReadContext ctx) throws IOException {
    Token v = p.nextToken();
    if (v == Token.VALUE_NULL) {
      throw ctx.fail(p, Kind.NULL_VALUE, "property \"type\" is null");
    }
    RecordCodec<?> codec = BY_TOKEN.get(p, ctx);
    if (codec != null) {
      return codec;
    }
    String name = Values.string(p, ctx);
    codec = BY_NAME.get(name);
    if (codec == null) {
      throw ctx.fail(
          p,
          Kind.UNKNOWN_TYPE,
          "unknown record type " + ReadContext.quote(name) + "; record types are " + NAMES);
    }
    return codec;
  }
}
