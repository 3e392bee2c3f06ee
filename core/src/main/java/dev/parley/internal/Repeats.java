package dev.parley.internal;

import com.google.common.base.Equivalence;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the entries of a list that repeat an earlier entry: a few entries are compared pairwise,
 * without allocating, and longer lists through a hash set, so that neither short nor long lists pay
 * for the other case. The one implementation of this rule, used by every check that rejects listing
 * something twice.
 */
public final class Repeats {
  /** Lists up to this long are compared pairwise; longer ones through a hash set. */
  public static final int PAIRWISE_AT_MOST = 8;

  private static final BitSet NONE = new BitSet(0);

  private Repeats() {}

  /**
   * Returns the indexes of the entries equivalent to an earlier entry.
   *
   * @param <T> the entry type
   * @param items the list
   * @param same when two entries count as the same
   * @return the indexes; not to be modified
   */
  public static <T> BitSet of(List<? extends T> items, Equivalence<? super T> same) {
    int n = items.size();
    BitSet repeats = NONE;
    if (n <= PAIRWISE_AT_MOST) {
      for (int i = 1; i < n; i++) {
        T item = items.get(i);
        for (int j = 0; j < i; j++) {
          if (same.equivalent(items.get(j), item)) {
            repeats = mark(repeats, i);
            break;
          }
        }
      }
    } else {
      Set<Equivalence.Wrapper<T>> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (!seen.add(same.wrap(items.get(i)))) {
          repeats = mark(repeats, i);
        }
      }
    }
    return repeats;
  }

  private static BitSet mark(BitSet repeats, int i) {
    BitSet out = repeats == NONE ? new BitSet() : repeats;
    out.set(i);
    return out;
  }
}
