package dev.parley.json.codec.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.Map;

/**
 * The properties an object of the wire format may have, in the order they are written; a name
 * ending in {@code ?} is optional, any other is required.
 *
 * <pre>{@code
 * static final FieldSet FIELDS = FieldSet.of("id", "name", "kind", "country?", "actingFor?");
 * }</pre>
 *
 * <p>{@link ObjectCursor#next()} returns the index of a property in this list. Codecs declare their
 * properties as an enum through {@link Fields}, which builds its field set; a field set by names is
 * for properties known only at run time, such as the categories of a breakdown. At most 64
 * properties. Instances are immutable and thread-safe.
 */
public final class FieldSet {
  private final String[] names;
  private final Name[] serialized;
  private final Map<String, Integer> index;
  private final long required;

  /**
   * For each property, and for the start of the object at the last slot, the property that followed
   * it in the last object read: the guess of which property comes next. Written without locks by
   * every thread that reads; a stale guess only costs a slower match.
   */
  private final int[] successor;

  private FieldSet(String[] names, Map<String, Integer> index, long required) {
    this.names = names;
    this.index = index;
    this.required = required;
    this.serialized = new Name[names.length];
    this.successor = new int[names.length + 1];
    for (int i = 0; i < names.length; i++) {
      serialized[i] = Name.of(names[i]);
      successor[i] = i + 1;
    }
    successor[names.length] = 0;
  }

  /**
   * Declares the properties.
   *
   * @param specs property names, a trailing {@code ?} marking an optional one; at most 64
   * @return the field set, not null
   * @throws IllegalArgumentException if there are more than 64 or a name repeats
   */
  public static FieldSet of(String... specs) {
    checkArgument(specs.length <= 64, "at most 64 properties, was %s", specs.length);
    String[] names = new String[specs.length];
    Map<String, Integer> index = new HashMap<>();
    long required = 0;
    for (int i = 0; i < specs.length; i++) {
      String s = specs[i];
      boolean optional = s.endsWith("?");
      names[i] = (optional ? s.substring(0, s.length() - 1) : s).intern();
      checkArgument(index.put(names[i], i) == null, "property %s declared twice", names[i]);
      if (!optional) {
        required |= 1L << i;
      }
    }
    return new FieldSet(names, index, required);
  }

  /**
   * Returns the index of a property.
   *
   * @param name the property name
   * @return the index, or -1 if the object has no such property
   */
  public int indexOf(String name) {
    // Jackson interns property names, as Java interns these literals: most lookups end here.
    for (int j = 0; j < names.length; j++) {
      if (names[j] == name) {
        return j;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Returns a property name.
   *
   * @param i the index
   * @return the name, without {@code ?}
   */
  public String name(int i) {
    return names[i];
  }

  /**
   * Returns the number of properties.
   *
   * @return 0 to 64
   */
  public int size() {
    return names.length;
  }

  /** The property expected after {@code previous}, or after the start for {@code -1}. */
  int guessAfter(int previous) {
    return successor[previous < 0 ? names.length : previous];
  }

  /** Records that {@code next} followed {@code previous} ({@code -1}: the start). */
  void learn(int previous, int next) {
    int slot = previous < 0 ? names.length : previous;
    if (successor[slot] != next) {
      successor[slot] = next;
    }
  }

  public Name serialized(int i) {
    return serialized[i];
  }

  long requiredMask() {
    return required;
  }
}
