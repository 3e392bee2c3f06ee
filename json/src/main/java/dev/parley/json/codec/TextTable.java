package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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
 * <p>A text of up to 24 characters, each below U+0100, is packed into three longs, so that a
 * lookup compares three numbers and reads no character array: ids, codes, dates and tokens are
 * nearly all that short. Longer texts are hashed and compared character by character. Instances
 * are thread-safe: entries are immutable and published through an atomic array.
 *
 * @param <T> the value type
 */
final class TextTable<T> {
  /** The longest text that is packed. */
  static final int PACKED = 24;

  private static final class Entry<T> {
    final String key;
    final char[] chars;
    final long k1;
    final long k2;
    final long k3;
    final int length;
    final boolean packed;
    final int hash;
    final T value;

    Entry(String key, long[] packed, int hash, T value) {
      this.packed = isPackable(key);
      this.key = key;
      this.chars = key.toCharArray();
      this.k1 = packed[0];
      this.k2 = packed[1];
      this.k3 = packed[2];
      this.length = key.length();
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
    if (len <= PACKED) {
      long k1 = 0;
      long k2 = 0;
      long k3 = 0;
      boolean packable = true;
      for (int i = 0; i < len; i++) {
        char c = chars[off + i];
        packable &= c <= 0xFF;
        if (i < 8) {
          k1 = k1 << 8 | (c & 0xFF);
        } else if (i < 16) {
          k2 = k2 << 8 | (c & 0xFF);
        } else {
          k3 = k3 << 8 | (c & 0xFF);
        }
      }
      if (packable) {
        return packed(k1, k2, k3, len);
      }
    }
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + chars[off + i];
    }
    for (int i = spread(h); ; i = (i + 1) & mask) {
      Entry<T> e = slots.getPlain(i);
      if (e == null) {
        return null;
      }
      if (e.hash == h && sameChars(e.chars, chars, off, len)) {
        return e.value;
      }
    }
  }

  private @Nullable T packed(long k1, long k2, long k3, int len) {
    for (int i = spread(mix(k1, k2, k3, len)); ; i = (i + 1) & mask) {
      Entry<T> e = slots.getPlain(i);
      if (e == null) {
        return null;
      }
      if (e.k1 == k1 && e.k2 == k2 && e.k3 == k3 && e.length == len && e.packed) {
        return e.value;
      }
    }
  }

  /** Returns the value of a text, or null if it is not in the table. */
  @Nullable T get(String text) {
    long[] packed = pack(text);
    int h = hash(text, packed);
    for (int i = spread(h); ; i = (i + 1) & mask) {
      Entry<T> e = slots.getPlain(i);
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
    long[] packed = pack(text);
    int h = hash(text, packed);
    Entry<T> fresh = new Entry<>(text, packed, h, value);
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

  /**
   * Packs a text as {@link #get(JsonParser, ReadContext)} does; a text that cannot be packed
   * gets three zeros, and its entry is marked as not packed.
   */
  private static long[] pack(String text) {
    long[] k = new long[3];
    if (!isPackable(text)) {
      return k;
    }
    for (int i = 0; i < text.length(); i++) {
      int slot = i / 8;
      k[slot] = k[slot] << 8 | text.charAt(i);
    }
    return k;
  }

  private static boolean isPackable(String text) {
    if (text.length() > PACKED) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  /** The hash a lookup computes: from the packed longs for a packable text, else String's. */
  private static int hash(String text, long[] packed) {
    return isPackable(text) ? mix(packed[0], packed[1], packed[2], text.length()) : text.hashCode();
  }

  private static int mix(long k1, long k2, long k3, int length) {
    long h = k1 * 0x9E3779B97F4A7C15L + k2 * 0xC2B2AE3D27D4EB4FL + k3 * 0x165667B19E3779F9L + length;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }

  /** A plain loop: the texts are short, where {@code Arrays.equals} costs more than it saves. */
  private static boolean sameChars(char[] key, char[] chars, int off, int len) {
    if (key.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (key[i] != chars[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing, so that similar texts such as {@code ua:place-1, ua:place-2} scatter. */
  private int spread(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
