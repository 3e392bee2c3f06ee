package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Interner;
import dev.parley.json.codec.io.Name;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value written as one JSON string: an id, a country or region code, a reported date.
 *
 * <pre>{@code
 * static final TextCodec<PartyId> PARTY_ID = TextCodec.of(PartyId.class, PartyId::of, PartyId::value);
 * }</pre>
 *
 * <p>A broken rule of the core is a rule violation at the string; any other failure to read the
 * text is {@code INVALID_TEXT}. Instances are immutable and thread-safe.
 *
 * @param <T> the Java type
 */
public final class TextCodec<T> implements Codec<T> {
  private final Class<T> type;
  private final Values.TextReader<T> reader;
  private final Function<T, String> writer;
  private final @Nullable ValueWriter<T> direct;
  private final @Nullable Interner<T> interner;

  /** Writes a value's text straight to the generator, after the property name if one is given. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(@Nullable Name name, T value, TokenWriter g) throws IOException;
  }

  private TextCodec(
      Class<T> type,
      Values.TextReader<T> reader,
      Function<T, String> writer,
      @Nullable ValueWriter<T> direct) {
    this.type = type;
    this.reader = reader;
    this.writer = writer;
    this.direct = direct;
    this.interner = reader instanceof Interner<T> i ? i : null;
  }

  /**
   * A codec that writes the text with {@code direct}, which writes what {@code writer} gives,
   * without a string.
   */
  static <T> TextCodec<T> of(
      Class<T> type,
      Values.TextReader<T> reader,
      Function<T, String> writer,
      ValueWriter<T> direct) {
    return new TextCodec<>(type, reader, writer, direct);
  }

  /**
   * Creates the codec.
   *
   * @param type the Java type
   * @param reader reads the text, throwing the core's exceptions on bad input
   * @param writer gives the text that {@code reader} reads back to an equal value
   * @return the codec, not null
   */
  public static <T> TextCodec<T> of(
      Class<T> type, Values.TextReader<T> reader, Function<T, String> writer) {
    return new TextCodec<>(type, reader, writer, null);
  }

  @Override
  public Class<T> javaType() {
    return type;
  }

  @Override
  public void write(T value, TokenWriter g) throws IOException {
    if (direct != null) {
      direct.write(null, value, g);
    } else {
      g.writeString(writer.apply(value));
    }
  }

  @Override
  public void writeField(Name name, T value, TokenWriter g) throws IOException {
    if (direct != null) {
      direct.write(name, value, g);
    } else {
      g.writeStringField(name, writer.apply(value));
    }
  }

  @Override
  public T read(TokenReader p, ReadContext ctx) throws IOException {
    Interner<T> i = interner;
    return i != null ? i.read(p, ctx) : Values.text(p, ctx, reader);
  }

  /**
   * Reads a value as {@link #read(TokenReader, ReadContext)} does, as a present optional value for
   * a builder's optional attribute: values the codec shares come with a shared optional.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the value, present
   * @throws IOException if the parser fails
   */
  public Optional<T> readPresent(TokenReader p, ReadContext ctx) throws IOException {
    Interner<T> i = interner;
    return i != null ? i.readPresent(p, ctx) : Optional.of(Values.text(p, ctx, reader));
  }
}
