package dev.parley.json.codec.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jspecify.annotations.Nullable;

/**
 * A bounded table from short texts to values that is looked up with the parser's own characters, so
 * that reading a known token or a repeated id allocates no string. Entries are only added, never
 * removed; past {@code capacity} entries, nothing more is added.
 *
 * <pre>{@code
 * TextTable<Stance> stances = new TextTable<>(8);
 * stances.put("claims", Stance.CLAIMS);
 * Stance s = stances.get(p, ctx);   // null if the current string is not in the table
 * }</pre>
 *
 * <p>Only texts of up to {@value #PACKED} characters, each below U+0100, are kept: ids, codes,
 * dates and tokens are nearly all that short. Such a text is packed, with its length, into three
 * longs, which the table stores in one array beside the values, so that a lookup compares three
 * numbers and follows no reference: the table is read for nearly every string of a record, and a
 * lookup that had to fetch an entry object and then its characters from memory would cost more than
 * building the value afresh. The arrays start small and double as entries are added.
 *
 * <p>Instances are thread-safe. Readers take no lock: a writer fills a slot's key before it
 * publishes the slot's value with release semantics, and a reader reads the value with acquire
 * semantics before the key; a larger table is published whole through a volatile field.
 *
 * @param <T> the value type
 */
public final class TextTable<T> {
  /** The longest text that is kept. */
  static final int PACKED = 23;

  private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(Object[].class);

  /** The arrays of one size: three longs per slot (the packed text and length) and its value. */
  private static final class Slots {
    final long[] keys;
    final Object[] values;
    final int mask;
    final int shift;

    Slots(int n) {
      this.keys = new long[n * 3];
      this.values = new Object[n];
      this.mask = n - 1;
      this.shift = 32 - Integer.numberOfTrailingZeros(n);
    }
  }

  private final int capacity;
  private volatile Slots slots = new Slots(16);

  /** Entries added; guarded by {@code this}. */
  private int size;

  public TextTable(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Returns the value of the parser's current string, or null if it is not a string, is longer than
   * the context's limit, or is not in the table.
   */
  public @Nullable T get(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.VALUE_STRING) {
      return null;
    }
    char[] chars = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    return len > ctx.limits().maxStringLength() ? null : get(chars, off, len);
  }

  /**
   * Returns the value of a text given as characters, or null if it is not in the table.
   *
   * @param chars holds the text
   * @param off where the text starts in {@code chars}
   * @param len the text's length
   * @return the value, or null
   */
  public @Nullable T get(char[] chars, int off, int len) {
    if (len > PACKED) {
      return null;
    }
    long k1 = 0;
    long k2 = 0;
    long k3 = 0;
    int wide = 0;
    for (int i = 0; i < len; i++) {
      char c = chars[off + i];
      wide |= c;
      if (i < 8) {
        k1 = k1 << 8 | (c & 0xFF);
      } else if (i < 16) {
        k2 = k2 << 8 | (c & 0xFF);
      } else {
        k3 = k3 << 8 | (c & 0xFF);
      }
    }
    return wide > 0xFF ? null : find(k1, k2, k3 | (long) len << 56);
  }

  /** Returns the value of a text, or null if it is not in the table. */
  @Nullable T get(String text) {
    long[] k = pack(text);
    return k == null ? null : find(k[0], k[1], k[2]);
  }

  /**
   * Adds a text's value unless the text is there already, the table is full, or the text is too
   * long or has a character past U+00FF.
   */
  public synchronized void put(String text, T value) {
    long[] k = pack(text);
    if (k == null || size >= capacity || find(k[0], k[1], k[2]) != null) {
      return;
    }
    Slots s = slots;
    if ((size + 1) * 10 > s.values.length * 7) {
      Slots larger = new Slots(s.values.length * 2);
      for (int i = 0; i < s.values.length; i++) {
        Object v = s.values[i];
        if (v != null) {
          insert(larger, s.keys[i * 3], s.keys[i * 3 + 1], s.keys[i * 3 + 2], v);
        }
      }
      slots = larger;
      s = larger;
    }
    insert(s, k[0], k[1], k[2], value);
    size++;
  }

  @SuppressWarnings("unchecked")
  /** Looks up a packed text; {@code k3} carries the length in its top byte. */
  private @Nullable T find(long k1, long k2, long k3) {
    Slots s = slots;
    long[] keys = s.keys;
    for (int i = spread(mix(k1, k2, k3), s.shift); ; i = (i + 1) & s.mask) {
      Object v = VALUES.getAcquire(s.values, i);
      if (v == null) {
        return null;
      }
      int at = i * 3;
      if (keys[at] == k1 && keys[at + 1] == k2 && keys[at + 2] == k3) {
        return (T) v;
      }
    }
  }

  private static void insert(Slots s, long k1, long k2, long k3, Object value) {
    int i = spread(mix(k1, k2, k3), s.shift);
    while (s.values[i] != null) {
      i = (i + 1) & s.mask;
    }
    int at = i * 3;
    s.keys[at] = k1;
    s.keys[at + 1] = k2;
    s.keys[at + 2] = k3;
    VALUES.setRelease(s.values, i, value);
  }

  /** Packs a text as {@link #get(TokenReader, ReadContext)} does; null if it cannot be kept. */
  static long @Nullable [] pack(String text) {
    if (text.length() > PACKED) {
      return null;
    }
    long[] k = new long[3];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return null;
      }
      k[i / 8] = k[i / 8] << 8 | c;
    }
    k[2] |= (long) text.length() << 56;
    return k;
  }

  private static int mix(long k1, long k2, long k3) {
    long h = k1 * 0x9E3779B97F4A7C15L + k2 * 0xC2B2AE3D27D4EB4FL + k3 * 0x165667B19E3779F9L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }

  /** Fibonacci hashing, so that similar texts such as {@code ua:place-1, ua:place-2} scatter. */
  private static int spread(int h, int shift) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
