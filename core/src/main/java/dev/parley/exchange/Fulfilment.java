package dev.parley.exchange;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.estimate.Estimate;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How far an {@link Agreement} has been carried out as of a day, per side and category, computed
 * from its completed tranches and never stored by hand.
 *
 * <pre>{@code
 * Fulfilment f = Fulfilment.of(thousandForThousand, List.of(firstTranche), LocalDate.of(2025, 5, 23));
 * f.released(PartyId.of("ru"));                            // 390
 * f.released(PartyId.of("ru"), ReleaseCategory.CIVILIAN);  // 120
 * f.progress(PartyId.of("ua")).get(0).remaining();        // 610
 * }</pre>
 *
 * <p>A tranche counts when it names this agreement, is {@link ExchangeStatus#COMPLETED} (an
 * announced release is a promise, not a release) and certainly took place by the day (its last
 * possible day is not after it). Each counted direction contributes its accepted ({@link
 * Direction#primaryFigure() primary}) figure. Only directions released by a side of the agreement
 * count. Missing figures never count as zero: they make the total "at least". The result does not
 * depend on the order the exchanges are given in. Instances are immutable and thread-safe.
 */
@Value.Immutable
@ParleyStyle
public abstract class Fulfilment {
  private static final Comparator<Exchange> BY_DATE =
      Comparator.comparing(Exchange::date).thenComparing(Exchange::id);

  Fulfilment() {}

  /**
   * Returns the agreement.
   *
   * @return the agreement's id, not null
   */
  public abstract RecordId agreement();

  /**
   * Returns the day the fulfilment is computed as of, included.
   *
   * @return the day, not null; {@link LocalDate#MAX} for everything known
   */
  public abstract LocalDate asOf();

  /**
   * Returns the tranches that were counted.
   *
   * @return their ids by date, then id, immutable
   */
  public abstract List<RecordId> tranches();

  /**
   * Returns what each side has released, in the agreement's order of sides.
   *
   * @return one entry per side, immutable
   */
  public abstract List<SideRelease> sides();

  /**
   * Returns the progress of each quota, in the agreement's order of quotas.
   *
   * @return one entry per quota, immutable
   */
  public abstract List<QuotaProgress> quotas();

  /**
   * Computes the fulfilment of an agreement as of a day.
   *
   * @param agreement the agreement
   * @param exchanges any exchanges; those of other agreements, not completed, or after the day are
   *     ignored
   * @param asOf the day, included
   * @return the fulfilment, not null
   */
  public static Fulfilment of(Agreement agreement, Collection<Exchange> exchanges, LocalDate asOf) {
    requireNonNull(agreement, "agreement");
    requireNonNull(exchanges, "exchanges");
    requireNonNull(asOf, "asOf");
    List<Exchange> counted = new ArrayList<>();
    for (Exchange e : exchanges) {
      if (counts(agreement, e, asOf)) {
        counted.add(e);
      }
    }
    counted.sort(BY_DATE);
    Map<PartyId, Estimate> totals = new LinkedHashMap<>();
    Map<PartyId, Map<ReleaseCategory, Estimate>> byCategory = new LinkedHashMap<>();
    for (PartyId side : agreement.sides()) {
      totals.put(side, Estimate.exact(0));
      Map<ReleaseCategory, Estimate> zero = new EnumMap<>(ReleaseCategory.class);
      for (ReleaseCategory c : ReleaseCategory.values()) {
        zero.put(c, Estimate.exact(0));
      }
      byCategory.put(side, zero);
    }
    for (Exchange e : counted) {
      for (Direction d : e.directions()) {
        if (!totals.containsKey(d.releasing())) {
          continue;
        }
        ReleaseFigure figure = d.primaryFigure().orElse(ReleaseFigure.unknown());
        totals.merge(d.releasing(), figure.knownTotal(), Estimate::plus);
        Map<ReleaseCategory, Estimate> cats = byCategory.get(d.releasing());
        for (ReleaseCategory c : ReleaseCategory.values()) {
          cats.merge(c, figure.estimate(c), Estimate::plus);
        }
      }
    }
    ImmutableFulfilment.Builder b =
        ImmutableFulfilment.builder().agreement(agreement.id()).asOf(asOf);
    counted.forEach(e -> b.addTranche(e.id()));
    for (PartyId side : agreement.sides()) {
      b.addSide(SideRelease.of(side, totals.get(side), byCategory.get(side)));
    }
    for (Quota q : agreement.quotas()) {
      Estimate released =
          q.category()
              .map(c -> byCategory.get(q.releasing()).get(c))
              .orElse(totals.get(q.releasing()));
      b.addQuota(QuotaProgress.of(q, released));
    }
    return b.build();
  }

  /**
   * Computes the fulfilment of an agreement from every completed tranche, whatever its date.
   *
   * @param agreement the agreement
   * @param exchanges any exchanges; those of other agreements or not completed are ignored
   * @return the fulfilment as of {@link LocalDate#MAX}, not null
   */
  public static Fulfilment of(Agreement agreement, Collection<Exchange> exchanges) {
    return of(agreement, exchanges, LocalDate.MAX);
  }

  /**
   * Returns whether an exchange counts toward an agreement's fulfilment as of a day.
   *
   * @param agreement the agreement
   * @param exchange the exchange
   * @param asOf the day, included
   * @return true if the exchange names the agreement, is completed and certainly took place by the
   *     day
   */
  public static boolean counts(Agreement agreement, Exchange exchange, LocalDate asOf) {
    requireNonNull(agreement, "agreement");
    requireNonNull(asOf, "asOf");
    return exchange.agreement().equals(Optional.of(agreement.id()))
        && exchange.isCompleted()
        && !exchange.date().end().isAfter(asOf);
  }

  /**
   * Returns what one side has released.
   *
   * @param side a side of the agreement
   * @return its entry, not null
   * @throws IllegalArgumentException if {@code side} is not a side of the agreement
   */
  public SideRelease side(PartyId side) {
    requireNonNull(side, "side");
    for (SideRelease s : sides()) {
      if (s.party().equals(side)) {
        return s;
      }
    }
    checkArgument(
        false, "%s is not a side of %s, whose sides are %s", side, agreement(), sideIds());
    throw new AssertionError();
  }

  /**
   * Returns how many people a side has released in all.
   *
   * @param side a side of the agreement
   * @return the estimate, never unknown, not null
   * @throws IllegalArgumentException if {@code side} is not a side of the agreement
   */
  public Estimate released(PartyId side) {
    return side(side).total();
  }

  /**
   * Returns how many people of a category a side has released.
   *
   * @param side a side of the agreement
   * @param category the category
   * @return the estimate, never unknown, not null
   * @throws IllegalArgumentException if {@code side} is not a side of the agreement
   */
  public Estimate released(PartyId side, ReleaseCategory category) {
    requireNonNull(category, "category");
    return side(side).released(category);
  }

  /**
   * Returns the progress of a side's quotas.
   *
   * @param side the side
   * @return the progress of its quotas in the agreement's order, immutable, empty if it has none
   */
  public List<QuotaProgress> progress(PartyId side) {
    requireNonNull(side, "side");
    return quotas().stream()
        .filter(q -> q.quota().releasing().equals(side))
        .collect(ImmutableList.toImmutableList());
  }

  private List<PartyId> sideIds() {
    return sides().stream().map(SideRelease::party).collect(ImmutableList.toImmutableList());
  }
}
