package dev.parley.json.codec.io;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shares validated values that feeds repeat (country and region codes, party and place ids, dates)
 * by their text, so that a stream of millions of records checks each one once. Only valid values
 * are kept, and at most {@code capacity} of them per reader; past that, values are built afresh.
 * The values live in the {@link LookupTables} of the read's context, not here. Values are
 * immutable, so sharing them is safe.
 *
 * <pre>{@code
 * Interner<CountryCode> countries = new Interner<>(512, CountryCode::of);
 * CountryCode ua = countries.read(parser, ctx);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Interner<T> implements Values.TextReader<T> {
  private static final AtomicInteger IDS = new AtomicInteger();

  private final int id;
  private final int capacity;
  private final Values.TextReader<T> factory;

  public Interner(int capacity, Values.TextReader<T> factory) {
    this.id = IDS.getAndIncrement();
    if (id >= LookupTables.MAX) {
      throw new IllegalStateException("more than " + LookupTables.MAX + " interners");
    }
    this.capacity = capacity;
    this.factory = factory;
  }

  int id() {
    return id;
  }

  int capacity() {
    return capacity;
  }

  /** Reads a text without a context: nothing is shared. */
  @Override
  public T read(String text) {
    return factory.read(text);
  }

  /**
   * Reads the parser's current string: a value already shared costs no string; anything else goes
   * through {@link ReadContext#text}, with its checks and errors, and is shared.
   */
  public T read(TokenReader p, ReadContext ctx) throws IOException {
    return readPresent(p, ctx).get();
  }

  /**
   * Reads the parser's current string as {@link #read(TokenReader, ReadContext)} does, as a present
   * optional value: the optional of a shared value is shared too, for the optional attributes of
   * the core's builders.
   *
   * @param p the parser, on the value
   * @param ctx the context of the read
   * @return the value, present
   * @throws IOException if the parser fails
   */
  public Optional<T> readPresent(TokenReader p, ReadContext ctx) throws IOException {
    TextTable<Optional<T>> values = ctx.tables().table(this);
    Optional<T> v = values.get(p, ctx);
    if (v != null) {
      return v;
    }
    String text = Values.string(p, ctx);
    v = Optional.of(Values.convert(p, ctx, text, factory));
    values.put(text, v);
    return v;
  }
}
