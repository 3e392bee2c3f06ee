package dev.parley.json.codec.io;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A property name or a fixed string value, such as a record's type name or an enum token, that a
 * {@link TokenWriter} writes and a {@link TokenReader} matches in the form its parser prefers:
 * Jackson's pre-encoded {@code Name}, made once per name and per Jackson.
 *
 * <pre>{@code
 * static final Name TYPE = Name.of("type");
 * w.writeFieldName(TYPE);
 * if (r.nextFieldName(TYPE)) { ... }
 * }</pre>
 *
 * <p>Instances are thread-safe: the encoded forms are immutable and made at most a few times.
 */
public final class Name {
  /** How many encodings a name keeps: one per token layer in the application. */
  private static final int SLOTS = 4;

  private static int nextSlot;

  private final String value;

  // One field per slot rather than an array: a property name is matched for nearly every property
  // read, and a field saves the load of the array on that path.
  private @Nullable Object encoded0;
  private @Nullable Object encoded1;
  private @Nullable Object encoded2;
  private @Nullable Object encoded3;

  private Name(String value) {
    this.value = value;
  }

  /**
   * Creates a name.
   *
   * @param value the text
   * @return the name, not null
   */
  public static Name of(String value) {
    return new Name(value.intern());
  }

  /**
   * Reserves the slot in which a token layer keeps its encoded form of every name.
   *
   * @return the slot
   * @throws IllegalStateException if every slot is taken
   */
  public static synchronized int newSlot() {
    if (nextSlot >= SLOTS) {
      throw new IllegalStateException("more than " + SLOTS + " token layers");
    }
    return nextSlot++;
  }

  /**
   * Returns the text.
   *
   * @return the text, interned
   */
  public String value() {
    return value;
  }

  /**
   * Returns this name's form for a token layer, made on first use.
   *
   * @param <E> the form's type
   * @param slot the layer's slot, from {@link #newSlot()}
   * @param encode makes the form from the text
   * @return the form, not null
   */
  @SuppressWarnings("unchecked")
  public <E> E encoded(int slot, Function<String, E> encode) {
    Object e;
    switch (slot) {
      case 0:
        e = encoded0;
        break;
      case 1:
        e = encoded1;
        break;
      case 2:
        e = encoded2;
        break;
      default:
        e = encoded3;
        break;
    }
    // small enough to be inlined into every write; the first use goes out of line
    return e != null ? (E) e : encode(slot, encode);
  }

  private <E> E encode(int slot, Function<String, E> encode) {
    // a race makes an equal form twice; each is immutable and safely published
    E e = encode.apply(value);
    switch (slot) {
      case 0:
        encoded0 = e;
        break;
      case 1:
        encoded1 = e;
        break;
      case 2:
        encoded2 = e;
        break;
      default:
        encoded3 = e;
        break;
    }
    return e;
  }

  @Override
  public String toString() {
    return value;
  }
}
