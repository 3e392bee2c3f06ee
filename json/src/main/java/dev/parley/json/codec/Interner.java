package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Shares validated values that feeds repeat (country and region codes, party and place ids,
 * dates) by their text, so that a stream of millions of records checks each one once. Only valid values are kept, and
 * at most {@code capacity} of them; past that, values are built afresh. Values are immutable, so
 * sharing them is safe.
 *
 * <pre>{@code
 * Interner<CountryCode> countries = new Interner<>(512, CountryCode::of);
 * CountryCode ua = countries.get("UA");
 * }</pre>
 *
 * <p>Instances are thread-safe.
 *
 * @param <T> the value type
 */
final class Interner<T> implements ReadContext.TextReader<T> {
  private final ReadContext.TextReader<T> factory;
  private final TextTable<T> values;

  Interner(int capacity, ReadContext.TextReader<T> factory) {
    this.factory = factory;
    this.values = new TextTable<>(capacity);
  }

  @Override
  public T read(String text) {
    T v = values.get(text);
    if (v == null) {
      v = factory.read(text);
      values.put(text, v);
    }
    return v;
  }

  /**
   * Reads the parser's current string: a value already shared costs no string; anything else
   * goes through {@link ReadContext#text}, with its checks and errors.
   */
  T read(JsonParser p, ReadContext ctx) throws IOException {
    T v = values.get(p, ctx);
    return v != null ? v : ctx.text(p, this);
  }
}
