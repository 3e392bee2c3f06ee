package dev.parley.interop.internal;

/**
 * A set of 64-bit hashes in one open-addressing array: eight to sixteen bytes per member, so that
 * the ids of a million rows fit in a few megabytes. Zero is kept apart, since it marks a free slot.
 * Not thread-safe.
 */
public final class LongSet {
  private long[] slots = new long[1 << 10];
  private int size;
  private boolean hasZero;

  /**
   * Adds a value.
   *
   * @param value any long
   * @return true if it was not in the set
   */
  public boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = mix(value) & mask;
    while (slots[i] != 0) {
      if (slots[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = value;
    size++;
    return true;
  }

  /**
   * Returns the number of members.
   *
   * @return zero or more
   */
  public int size() {
    return size + (hasZero ? 1 : 0);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long v : old) {
      if (v != 0) {
        int i = mix(v) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = v;
      }
    }
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
