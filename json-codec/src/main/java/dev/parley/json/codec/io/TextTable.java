package dev.parley.json.codec.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
 * <p>When the reader points into the bytes it parses ({@link TokenReader#stringStart()}), a string
 * is looked up on its UTF-8 bytes before the parser decodes them: three little-endian words are
 * read, the first byte that is a quote, a backslash, a control character or not ASCII is found in
 * each with a few bitwise operations, and the bytes before a closing quote are packed as the
 * characters would be. Only such a plain string is decided there, since the parser would decode it
 * byte for byte into the same characters; any other string is looked up on its characters.
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

  private static final VarHandle LITTLE_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /** What a lookup on bytes returns when only the parser's characters can decide. */
  public static final Object UNDECIDED = new Object();

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
  @SuppressWarnings("unchecked")
  public @Nullable T get(TokenReader p, ReadContext ctx) throws IOException {
    if (p.currentToken() != Token.VALUE_STRING) {
      return null;
    }
    byte[] in = p.input();
    // A text decided on its bytes is at most PACKED long, within any limit that long or longer.
    if (in != null && ctx.limits().maxStringLength() >= PACKED) {
      int start = p.stringStart();
      if (start >= 0 && start <= p.inputEnd() - 3 * Long.BYTES) {
        Object v = get(in, start);
        if (v != UNDECIDED) {
          return (T) v;
        }
      }
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

  /**
   * Looks up a string on its UTF-8 bytes, before the parser decodes them: {@code in[start, start +
   * 24)} holds the string's first bytes and whatever follows. Decided only when the string is
   * plain: it ends with a quote within 23 bytes, and every byte before is printable ASCII other
   * than a backslash, so that the parser would decode it byte for byte into the same characters;
   * {@link #UNDECIDED} otherwise, for the caller to ask the parser for the characters.
   *
   * @return the value, null if the string is plain and not in the table, or {@link #UNDECIDED}
   */
  public @Nullable Object get(byte[] in, int start) {
    long w1 = (long) LITTLE_ENDIAN.get(in, start);
    long stop = stops(w1);
    if (stop != 0) {
      return decide(in, start, 0, stop, 0, 0, w1);
    }
    long w2 = (long) LITTLE_ENDIAN.get(in, start + 8);
    stop = stops(w2);
    if (stop != 0) {
      return decide(in, start, 1, stop, packed(w1, 8), 0, w2);
    }
    long w3 = (long) LITTLE_ENDIAN.get(in, start + 16);
    stop = stops(w3);
    return stop != 0 ? decide(in, start, 2, stop, packed(w1, 8), packed(w2, 8), w3) : UNDECIDED;
  }

  /**
   * Ends a lookup on bytes at the first stop, found in the string's word {@code word} (0 to 2):
   * decided if the stop is the closing quote.
   *
   * @param stop the word's {@link #stops}, not zero
   * @param k1 the first word packed, if the stop is past it
   * @param k2 the second word packed, if the stop is past it
   * @param last the word holding the stop
   */
  private @Nullable Object decide(
      byte[] in, int start, int word, long stop, long k1, long k2, long last) {
    int inLast = Long.numberOfTrailingZeros(stop) >>> 3;
    int len = 8 * word + inLast;
    if (in[start + len] != '"') {
      return UNDECIDED;
    }
    long tail = packed(last, inLast);
    long length = (long) len << 56;
    return word == 0
        ? find(tail, 0, length)
        : word == 1 ? find(k1, tail, length) : find(k1, k2, tail | length);
  }

  /**
   * Marks the bytes of a little-endian word that end a plain string: its high bit is set in each
   * byte that is a quote, a backslash, a control character or not ASCII. Each byte is worked on
   * within its own eight bits, so no carry crosses into the next.
   */
  static long stops(long w) {
    long low = w & LOW_SEVEN;
    long control = ~(low + 0x6060606060606060L);
    long quote = ~((low ^ 0x2222222222222222L) + LOW_SEVEN);
    long backslash = ~((low ^ 0x5C5C5C5C5C5C5C5CL) + LOW_SEVEN);
    return (w | control | quote | backslash) & HIGH_BITS;
  }

  /** The first {@code n} bytes of a little-endian word, packed as the characters are. */
  private static long packed(long w, int n) {
    return n == 0 ? 0 : Long.reverseBytes(w) >>> (64 - 8 * n);
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
