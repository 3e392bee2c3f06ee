package dev.parley.exchange;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.Estimate;
import dev.parley.internal.ParleyStyle;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
 * <p>A tranche counts when it names this agreement and is {@link ExchangeStatus#COMPLETED} (an
 * announced release is a promise, not a release). A tranche dated to a span of days (a week, a
 * month, "between the 12th and the 15th") is <em>possibly</em> released from the span's first day
 * and <em>certainly</em> from its last: as of a day inside the span it is listed in {@link
 * #possibleTranches()} and adds "from zero up to its figure" (a range, or "at least zero" when its
 * figure has no upper bound), so the answer is a range, never an exact figure that hides the doubt;
 * from the span's last day on it is listed in {@link #tranches()} and adds its figure. Each counted
 * direction contributes its accepted ({@link Direction#primaryFigure() primary}) figure. Only
 * directions released by a side of the agreement count. What a side released ({@link #sides()})
 * counts everyone; what counts toward its quotas ({@link #quotas()}) leaves out the parts of a
 * figure that come in addition to the quota ({@link ReleaseFigure#towardQuota()}), and a quota of
 * an age bracket counts from none to all of the released (no figure gives ages). Missing figures
 * never count as zero: they make the total "at least". An approximate figure ("about 700") makes
 * the total approximate, and what remains of a quota approximate too ({@link
 * QuotaProgress#outstanding()}). A direction counts for its <em>releasing</em> side whoever
 * receives: a side, a home state receiving its own nationals, or a territory released into ({@link
 * Direction#releasedInto()}). The result does not depend on the order the exchanges are given in.
 *
 * <p>A joint quota counts what any of its releasing parties released ({@link Quota#jointWith()}); a
 * ratio quota's due figure is its ratio applied to what its counterpart released toward quotas in
 * the counted category ({@link QuotaProgress#due()}), so a counterpart figure in doubt leaves the
 * due figure in doubt. The fulfilment of a whole chain of agreements ({@link #of(AgreementChain,
 * Collection, LocalDate)}) counts the tranches of every agreement of the chain toward its combined
 * quotas.
 *
 * <p><b>Days and instants.</b> Tranche dates are calendar days with no time zone of their own, and
 * {@code asOf} is a calendar day: the comparison is day against day. Asked as of an instant ({@link
 * #of(Agreement, Collection, ZonedDateTime)}), the day is the instant's date in its own zone, the
 * rule {@link dev.parley.ceasefire.TimePoint} follows for date-only points: a date-only value is
 * read in the time zone of the instant it is compared with. Instances are immutable and
 * thread-safe.
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
   * Returns the tranches that were possibly, but not certainly, carried out by the day: completed
   * tranches dated to a span of days that starts on or before the day and ends after it.
   *
   * @return their ids by date, then id, immutable, empty when every counted tranche is certain
   */
  public abstract List<RecordId> possibleTranches();

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
    return compute(
        agreement.id(),
        ImmutableSet.of(agreement.id()),
        agreement.sides(),
        agreement.quotas(),
        exchanges,
        asOf);
  }

  /**
   * Computes the fulfilment of a whole chain of agreements (an agreement with its extensions and
   * amendments) as of a day: tranches under any agreement of the chain count toward the chain's
   * combined quotas ({@link AgreementChain#quotas()}), and the sides are those of every agreement
   * of the chain.
   *
   * @param chain the chain
   * @param exchanges any exchanges; those of agreements outside the chain, not completed, or after
   *     the day are ignored
   * @param asOf the day, included
   * @return the fulfilment, whose {@link #agreement()} is the chain's root, not null
   */
  public static Fulfilment of(
      AgreementChain chain, Collection<Exchange> exchanges, LocalDate asOf) {
    requireNonNull(chain, "chain");
    return compute(chain.root().id(), chain.ids(), chain.sides(), chain.quotas(), exchanges, asOf);
  }

  /**
   * Computes the fulfilment of a whole chain of agreements from every completed tranche, whatever
   * its date.
   *
   * @param chain the chain
   * @param exchanges any exchanges; those of agreements outside the chain or not completed are
   *     ignored
   * @return the fulfilment as of {@link LocalDate#MAX}, not null
   */
  public static Fulfilment of(AgreementChain chain, Collection<Exchange> exchanges) {
    return of(chain, exchanges, LocalDate.MAX);
  }

  private static Fulfilment compute(
      RecordId id,
      Set<RecordId> agreements,
      List<PartyId> sideList,
      List<Quota> quotaList,
      Collection<Exchange> exchanges,
      LocalDate asOf) {
    requireNonNull(exchanges, "exchanges");
    requireNonNull(asOf, "asOf");
    List<Exchange> counted = new ArrayList<>();
    for (Exchange e : exchanges) {
      if (mayCount(agreements, e, asOf)) {
        counted.add(e);
      }
    }
    counted.sort(BY_DATE);
    Map<PartyId, Estimate> totals = new LinkedHashMap<>();
    Map<PartyId, Map<ReleaseCategory, Estimate>> byCategory = new LinkedHashMap<>();
    for (PartyId side : sideList) {
      totals.put(side, Estimate.exact(0));
      byCategory.put(side, zeroes());
    }
    // What counts toward the quotas differs from what was released only when a counted figure has
    // parts in addition; otherwise the quotas read the same sums.
    boolean extras = hasPartsInAddition(counted, totals.keySet());
    Map<PartyId, Estimate> quotaTotals = totals;
    Map<PartyId, Map<ReleaseCategory, Estimate>> quotaByCategory = byCategory;
    if (extras) {
      quotaTotals = new LinkedHashMap<>();
      quotaByCategory = new LinkedHashMap<>();
      for (PartyId side : sideList) {
        quotaTotals.put(side, Estimate.exact(0));
        quotaByCategory.put(side, zeroes());
      }
    }
    ImmutableFulfilment.Builder b = ImmutableFulfilment.builder().agreement(id).asOf(asOf);
    for (Exchange e : counted) {
      boolean certain = !e.date().end().isAfter(asOf);
      if (certain) {
        b.addTranche(e.id());
      } else {
        b.addPossibleTranche(e.id());
      }
      for (Direction d : e.directions()) {
        if (!totals.containsKey(d.releasing())) {
          continue;
        }
        ReleaseFigure figure = d.primaryFigure().orElse(ReleaseFigure.unknown());
        add(totals, d.releasing(), possibly(figure.knownTotal(), certain));
        Map<ReleaseCategory, Estimate> cats = byCategory.get(d.releasing());
        for (ReleaseCategory c : CATEGORIES) {
          add(cats, c, possibly(figure.estimate(c), certain));
        }
        if (extras) {
          add(quotaTotals, d.releasing(), possibly(figure.towardQuota(), certain));
          Map<ReleaseCategory, Estimate> quotaCats = quotaByCategory.get(d.releasing());
          for (ReleaseCategory c : CATEGORIES) {
            add(quotaCats, c, possibly(figure.towardQuota(c), certain));
          }
        }
      }
    }
    for (PartyId side : sideList) {
      b.addSide(SideRelease.of(side, totals.get(side), byCategory.get(side)));
    }
    for (Quota q : quotaList) {
      Estimate released = Estimate.exact(0);
      for (PartyId p : q.releasingParties()) {
        released = released.plus(towardQuota(quotaTotals, quotaByCategory, p, q.category()));
      }
      if (q.ages().isPresent()) {
        // No figure gives ages: of those released, anywhere from none to all may be in the bracket.
        released = possibly(released, false);
      }
      if (q.ratio().isPresent()) {
        QuotaRatio r = q.ratio().get();
        Estimate base =
            towardQuota(quotaTotals, quotaByCategory, r.counterpart(), r.counterpartCategory());
        b.addQuota(QuotaProgress.ofRatio(q, released, r.due(base)));
      } else {
        b.addQuota(QuotaProgress.of(q, released));
      }
    }
    return b.build();
  }

  /** What a party released toward quotas, in all or in one category; none for a non-side. */
  private static Estimate towardQuota(
      Map<PartyId, Estimate> totals,
      Map<PartyId, Map<ReleaseCategory, Estimate>> byCategory,
      PartyId party,
      Optional<ReleaseCategory> category) {
    if (!totals.containsKey(party)) {
      return Estimate.exact(0);
    }
    return category.isPresent() ? byCategory.get(party).get(category.get()) : totals.get(party);
  }

  /**
   * Computes the fulfilment of an agreement as of an instant: as of the instant's date in its own
   * zone, the zone in which the tranches' date-only values are read.
   *
   * @param agreement the agreement
   * @param exchanges any exchanges; those of other agreements, not completed, or after the day are
   *     ignored
   * @param at the instant, with the zone that decides its day
   * @return the fulfilment as of {@code at.toLocalDate()}, not null
   */
  public static Fulfilment of(
      Agreement agreement, Collection<Exchange> exchanges, ZonedDateTime at) {
    requireNonNull(at, "at");
    return of(agreement, exchanges, at.toLocalDate());
  }

  /** Whether a figure released by one of the sides has parts that come in addition to quotas. */
  /** Adds an estimate to the one kept under a key, or keeps it if there is none. */
  private static <K> void add(Map<K, Estimate> sums, K key, Estimate e) {
    Estimate sum = sums.get(key);
    sums.put(key, sum == null ? e : sum.plus(e));
  }

  private static boolean hasPartsInAddition(List<Exchange> counted, Collection<PartyId> sides) {
    for (Exchange e : counted) {
      for (Direction d : e.directions()) {
        if (sides.contains(d.releasing())
            && d.primaryFigure().isPresent()
            && d.primaryFigure().get().hasPartsInAddition()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<ReleaseCategory, Estimate> zeroes() {
    Map<ReleaseCategory, Estimate> zero = new EnumMap<>(ReleaseCategory.class);
    for (ReleaseCategory c : CATEGORIES) {
      zero.put(c, Estimate.exact(0));
    }
    return zero;
  }

  /** What a tranche adds: its figure when certain, from zero up to its figure when possible. */
  /** The categories, in order: {@code values()} would copy them for every figure. */
  private static final ReleaseCategory[] CATEGORIES = ReleaseCategory.values();

  private static Estimate possibly(Estimate released, boolean certain) {
    if (certain) {
      return released;
    }
    OptionalLong high = released.high();
    if (high.isEmpty()) {
      return Estimate.atLeast(0);
    }
    return high.getAsLong() == 0 ? Estimate.exact(0) : Estimate.range(0, high.getAsLong());
  }

  /**
   * Returns whether an exchange possibly counts toward an agreement's fulfilment as of a day: it
   * names the agreement, is completed, and its first possible day is not after the day.
   */
  private static boolean mayCount(Set<RecordId> agreements, Exchange exchange, LocalDate asOf) {
    return exchange.agreement().isPresent()
        && agreements.contains(exchange.agreement().get())
        && exchange.isCompleted()
        && !exchange.date().start().isAfter(asOf);
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
   * Returns the progress of a side's quotas, its own and those it shares.
   *
   * @param side the side
   * @return the progress of its quotas in the agreement's order, immutable, empty if it has none
   */
  public List<QuotaProgress> progress(PartyId side) {
    requireNonNull(side, "side");
    return quotas().stream()
        .filter(q -> q.quota().releasingParties().contains(side))
        .collect(ImmutableList.toImmutableList());
  }

  private List<PartyId> sideIds() {
    return sides().stream().map(SideRelease::party).collect(ImmutableList.toImmutableList());
  }
}
