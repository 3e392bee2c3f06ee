package dev.parley.json.codec;

import java.util.concurrent.ConcurrentHashMap;

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
  private final int capacity;
  private final ReadContext.TextReader<T> factory;
  private final ConcurrentHashMap<String, T> values = new ConcurrentHashMap<>();

  Interner(int capacity, ReadContext.TextReader<T> factory) {
    this.capacity = capacity;
    this.factory = factory;
  }

  @Override
  public T read(String text) {
    T v = values.get(text);
    if (v == null) {
      v = factory.read(text);
      if (values.size() < capacity) {
        values.putIfAbsent(text, v);
      }
    }
    return v;
  }
}
