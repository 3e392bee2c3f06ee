package dev.parley.chronicle;

import com.google.common.collect.ImmutableList;
import dev.parley.record.ChronicleRecord;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts records in story order (first day, last day, date precision, then id) fast enough for tens
 * of millions of records: the dates are packed into one {@code long} per record, replaced by their
 * rank among the distinct dates, and sorted as primitives together with the record's position, so
 * that only records with the very same date are compared by id. The rank and the position share one
 * {@code long} whatever the number of records (each needs at most 31 bits), so the sort is n log n
 * with no step at any size.
 */
final class StoryOrder {
  /** Story order as a comparator: the definition that {@link #sort} implements faster. */
  static final Comparator<ChronicleRecord> COMPARATOR =
      Comparator.comparing(ChronicleRecord::recordDate).thenComparing(ChronicleRecord::id);

  private static final int PRECISION_BITS = 3;
  private static final int LENGTH_BITS = 16;
  private static final int START_BITS = 22;
  private static final long START_OFFSET = 1L << (START_BITS - 1);
  private static final Comparator<ChronicleRecord> BY_ID =
      Comparator.comparing(ChronicleRecord::id);

  private StoryOrder() {}

  /**
   * Returns the records in story order.
   *
   * @param records the records
   * @return a sorted copy, equal to sorting with {@link #COMPARATOR}
   */
  static <T extends ChronicleRecord> ImmutableList<T> sort(Collection<T> records) {
    @SuppressWarnings("unchecked")
    T[] items = (T[]) records.toArray(new ChronicleRecord[0]);
    int n = items.length;
    long[] dates = new long[n];
    for (int i = 0; i < n; i++) {
      long primary = primaryKey(items[i].recordDate());
      if (primary < 0) {
        return ImmutableList.sortedCopyOf(COMPARATOR, records);
      }
      dates[i] = primary;
    }
    long[] distinct = dates.clone();
    Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[d++] = distinct[i];
      }
    }
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n));
    long[] keys = dates;
    for (int i = 0; i < n; i++) {
      long rank = Arrays.binarySearch(distinct, 0, d, dates[i]);
      keys[i] = (rank << indexBits) | i;
    }
    Arrays.sort(keys);
    @SuppressWarnings("unchecked")
    T[] sorted = (T[]) new ChronicleRecord[n];
    long mask = (1L << indexBits) - 1;
    int runStart = 0;
    for (int i = 0; i < n; i++) {
      sorted[i] = items[(int) (keys[i] & mask)];
      boolean runEnds = i + 1 == n || (keys[i + 1] >>> indexBits) != (keys[i] >>> indexBits);
      if (runEnds) {
        if (i > runStart) {
          Arrays.sort(sorted, runStart, i + 1, BY_ID);
        }
        runStart = i + 1;
      }
    }
    return ImmutableList.copyOf(sorted);
  }

  /**
   * Packs first day, length and precision so that comparing the numbers compares the dates as
   * {@link ReportedDate#compareTo} does; negative when a date is out of the packable range.
   */
  private static long primaryKey(ReportedDate d) {
    long start = d.start().toEpochDay() + START_OFFSET;
    long length = d.end().toEpochDay() - d.start().toEpochDay();
    if (start < 0 || start >= 1L << START_BITS || length >= 1L << LENGTH_BITS) {
      return -1;
    }
    return (((start << LENGTH_BITS) | length) << PRECISION_BITS) | d.precision().ordinal();
  }

  /**
   * Returns the most days any record spans (at least one): no record that starts more days than
   * that before a period can reach it.
   */
  static long maxSpanDays(Collection<? extends ChronicleRecord> records) {
    long max = 1;
    for (ChronicleRecord r : records) {
      max = Math.max(max, r.recordDate().lengthInDays());
    }
    return max;
  }

  /**
   * Returns the index of the first record of a story-ordered list that starts on or after a day.
   */
  static int firstStartingFrom(List<? extends ChronicleRecord> sorted, LocalDate bound) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).recordDate().start().isBefore(bound)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
