package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The fulfilment of one agreement at every day, computed once: a snapshot for each day on which a
 * completed tranche starts to count, possibly or certainly, so that the fulfilment as of any day is
 * a binary search away instead of a new sum over every tranche.
 *
 * <pre>{@code
 * FulfilmentTimeline timeline = FulfilmentTimeline.of(agreement, exchanges);
 * timeline.at(LocalDate.of(2025, 5, 23)).released(PartyId.of("ru"));   // 390
 * }</pre>
 *
 * <p>{@code timeline.at(day)} equals {@code Fulfilment.of(agreement, exchanges, day)} for every
 * day. Instances are immutable and thread-safe.
 */
public final class FulfilmentTimeline {
  private final LocalDate[] days;
  private final Fulfilment[] snapshots;
  private final Fulfilment none;

  private FulfilmentTimeline(LocalDate[] days, Fulfilment[] snapshots, Fulfilment none) {
    this.days = days;
    this.snapshots = snapshots;
    this.none = none;
  }

  /**
   * Computes the timeline of an agreement.
   *
   * @param agreement the agreement
   * @param exchanges any exchanges; those of other agreements or not completed are ignored
   * @return the timeline, not null
   */
  public static FulfilmentTimeline of(Agreement agreement, Collection<Exchange> exchanges) {
    requireNonNull(agreement, "agreement");
    requireNonNull(exchanges, "exchanges");
    return of(
        exchanges,
        e -> Fulfilment.counts(agreement, e, LocalDate.MAX),
        (counting, day) -> Fulfilment.of(agreement, counting, day));
  }

  /**
   * Computes the timeline of a whole chain of agreements: {@code at(day)} equals {@code
   * Fulfilment.of(chain, exchanges, day)}.
   *
   * @param chain the chain of an agreement, its extensions and amendments
   * @param exchanges any exchanges; those of agreements outside the chain or not completed are
   *     ignored
   * @return the timeline, not null
   */
  public static FulfilmentTimeline of(AgreementChain chain, Collection<Exchange> exchanges) {
    requireNonNull(chain, "chain");
    requireNonNull(exchanges, "exchanges");
    return of(
        exchanges,
        e -> e.isCompleted() && e.agreement().map(chain.ids()::contains).orElse(false),
        (counting, day) -> Fulfilment.of(chain, counting, day));
  }

  private static FulfilmentTimeline of(
      Collection<Exchange> exchanges,
      Predicate<Exchange> counts,
      BiFunction<List<Exchange>, LocalDate, Fulfilment> fulfilment) {
    List<Exchange> counting = new ArrayList<>();
    TreeSet<LocalDate> changes = new TreeSet<>();
    for (Exchange e : exchanges) {
      if (counts.test(e)) {
        counting.add(e);
        changes.add(e.date().start());
        changes.add(e.date().end());
      }
    }
    LocalDate[] days = changes.toArray(new LocalDate[0]);
    Fulfilment[] snapshots = new Fulfilment[days.length];
    for (int i = 0; i < days.length; i++) {
      snapshots[i] = fulfilment.apply(counting, days[i]);
    }
    return new FulfilmentTimeline(days, snapshots, fulfilment.apply(List.of(), LocalDate.MIN));
  }

  /**
   * Returns the fulfilment as of a day.
   *
   * @param day the day, included
   * @return the fulfilment, equal to {@code Fulfilment.of(agreement, exchanges, day)}
   */
  public Fulfilment at(LocalDate day) {
    requireNonNull(day, "day");
    int i = Arrays.binarySearch(days, day);
    Fulfilment base = i >= 0 ? snapshots[i] : (-i - 2 >= 0 ? snapshots[-i - 2] : none);
    // Every snapshot is built by ImmutableFulfilment; withAsOf shares its lists instead of copying
    // them.
    return base.asOf().equals(day) ? base : ((ImmutableFulfilment) base).withAsOf(day);
  }

  /**
   * Returns the days on which the fulfilment changes: the first and last days of the completed
   * tranches (a tranche dated to a span possibly counts from its first day, certainly from its
   * last).
   *
   * @return the days, ascending, immutable
   */
  public List<LocalDate> changes() {
    return List.of(days);
  }

  @Override
  public String toString() {
    return "FulfilmentTimeline" + Arrays.toString(days);
  }
}
