package dev.parley.json.codec.vocabulary;

import com.google.common.collect.ImmutableMap;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TextTable;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * An enum as its lower-case token: the constant's name in lower case, words joined by {@code _}
 * ({@code NEAR_SETTLEMENT} is {@code near_settlement}). Tokens are stable: renaming a constant is a
 * format change. Reading is exact: {@code "Settlement"} is not a token.
 *
 * <pre>{@code
 * static final EnumCodec<Role> ROLE = EnumCodec.of(Role.class);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> implements Codec<E> {
  private final Class<E> type;
  private final Name[] tokens;
  private final ImmutableMap<String, E> byToken;
  private final TextTable<E> table;
  private final String list;
  private final Optional<E>[] present;

  private EnumCodec(Class<E> type) {
    this.type = type;
    E[] values = type.getEnumConstants();
    this.tokens = new Name[values.length];
    this.table = new TextTable<>(values.length);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<E>[] shared = new Optional[values.length];
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    StringJoiner all = new StringJoiner(", ");
    // plain loops: a codec is made on a fresh JVM's first read, where lambdas cost their linking
    for (E e : values) {
      String token = token(e);
      tokens[e.ordinal()] = Name.of(token);
      b.put(token, e);
      table.put(token, e);
      shared[e.ordinal()] = Optional.of(e);
      all.add(token);
    }
    this.byToken = b.build();
    this.present = shared;
    this.list = all.toString();
  }

  /**
   * Creates the codec of an enum.
   *
   * @param type the enum class
   * @return the codec, not null
   */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type) {
    return new EnumCodec<>(type);
  }

  /**
   * Returns the token of a constant.
   *
   * @param e the constant
   * @return its lower-case token, such as {@code near_settlement}
   */
  public static String token(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Class<E> javaType() {
    return type;
  }

  @Override
  public void write(E value, TokenWriter g) throws IOException {
    g.writeString(tokens[value.ordinal()]);
  }

  /** Writes the property with the constant's pre-encoded token, in one call of the writer. */
  @Override
  public void writeField(Name name, E value, TokenWriter g) throws IOException {
    g.writeStringField(name, tokens[value.ordinal()]);
  }

  @Override
  public E read(TokenReader p, ReadContext ctx) throws IOException {
    E known = table.get(p, ctx);
    return known != null ? known : readByName(p, ctx);
  }

  /**
   * Reads a value as {@link #read(TokenReader, ReadContext)} does, as a present optional value for
   * a builder's optional attribute; each constant's optional is made once.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the constant, present
   * @throws IOException if the parser fails
   */
  public Optional<E> readPresent(TokenReader p, ReadContext ctx) throws IOException {
    return present[read(p, ctx).ordinal()];
  }

  /** A token not in the table: too long for it, not a string, or unknown. */
  private E readByName(TokenReader p, ReadContext ctx) throws IOException {
    String s = Values.string(p, ctx);
    E e = byToken.get(s);
    if (e == null) {
      throw ctx.fail(
          p,
          Kind.UNKNOWN_TOKEN,
          "unknown value " + ReadContext.quote(s) + "; expected one of " + list);
    }
    return e;
  }
}
