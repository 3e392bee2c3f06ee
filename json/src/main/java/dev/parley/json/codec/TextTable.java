package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A bounded table from texts to values that is looked up with the parser's own characters, so
 * that reading a known token or a repeated id allocates no string. Entries are only added, never
 * removed; past {@code capacity} entries, nothing more is added.
 *
 * <pre>{@code
 * TextTable<Stance> stances = new TextTable<>(8);
 * stances.put("claims", Stance.CLAIMS);
 * Stance s = stances.get(p, ctx);   // null if the current string is not in the table
 * }</pre>
 *
 * <p>Instances are thread-safe.
 *
 * @param <T> the value type
 */
final class TextTable<T> {
  private static final class Entry<T> {
    final String key;
    final char[] chars;
    final int hash;
    final T value;

    Entry(String key, int hash, T value) {
      this.key = key;
      this.chars = key.toCharArray();
      this.hash = hash;
      this.value = value;
    }
  }

  private final int capacity;
  private final int mask;
  private final int shift;
  private final AtomicReferenceArray<@Nullable Entry<T>> slots;
  private final AtomicInteger size = new AtomicInteger();

  TextTable(int capacity) {
    this.capacity = capacity;
    int n = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
    this.mask = n - 1;
    this.shift = 32 - Integer.numberOfTrailingZeros(n);
    this.slots = new AtomicReferenceArray<>(n);
  }

  /**
   * Returns the value of the parser's current string, or null if it is not a string, is longer
   * than the context's limit, or is not in the table.
   */
  @Nullable T get(JsonParser p, ReadContext ctx) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    char[] chars = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    if (len > ctx.limits().maxStringLength()) {
      return null;
    }
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + chars[off + i];
    }
    for (int i = spread(h); ; i = (i + 1) & mask) {
      Entry<T> e = slots.get(i);
      if (e == null) {
        return null;
      }
      if (e.hash == h && Arrays.equals(e.chars, 0, e.chars.length, chars, off, off + len)) {
        return e.value;
      }
    }
  }

  /** Returns the value of a text, or null if it is not in the table. */
  @Nullable T get(String text) {
    int h = text.hashCode();
    for (int i = spread(h); ; i = (i + 1) & mask) {
      Entry<T> e = slots.get(i);
      if (e == null) {
        return null;
      }
      if (e.hash == h && e.key.equals(text)) {
        return e.value;
      }
    }
  }

  /** Adds a text's value unless the text is there already or the table is full. */
  void put(String text, T value) {
    if (size.get() >= capacity) {
      return;
    }
    int h = text.hashCode();
    Entry<T> fresh = new Entry<>(text, h, value);
    for (int i = spread(h); ; i = (i + 1) & mask) {
      Entry<T> e = slots.get(i);
      if (e == null) {
        if (slots.compareAndSet(i, null, fresh)) {
          size.incrementAndGet();
          return;
        }
        e = slots.get(i);
      }
      if (e != null && e.hash == h && e.key.equals(text)) {
        return;
      }
    }
  }

  /** Fibonacci hashing, so that similar texts such as {@code ua:place-1, ua:place-2} scatter. */
  private int spread(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

}
