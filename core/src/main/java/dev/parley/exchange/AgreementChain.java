package dev.parley.exchange;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.math.LongMath;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An agreement with every extension and amendment of it, read as one: the sides and quotas of all
 * of them, and the target period after all extensions.
 *
 * <pre>{@code
 * AgreementChain pause = AgreementChains.of(List.of(deal, twoMoreDays)).chain(deal.id()).get();
 * pause.effectiveTarget();                 // 2023-11-24/2023-11-29
 * Fulfilment.of(pause, tranches).progress(PartyId.of("hamas"));   // against 50 + 20
 * }</pre>
 *
 * <p>The chain is its root (the agreement that revises none of the others) followed by every
 * agreement that extends or amends it, directly or through another, ordered by the day they were
 * agreed, then by id. The quotas of every agreement of the chain add up ({@link #quotas()}).
 * Instances are immutable and thread-safe.
 */
public final class AgreementChain {
  private static final Comparator<Agreement> BY_AGREED =
      Comparator.comparing((Agreement a) -> a.agreed().start())
          .thenComparing(a -> a.agreed().end())
          .thenComparing(Agreement::id);

  private final ImmutableList<Agreement> agreements;
  private final ImmutableSet<RecordId> ids;
  private final ImmutableList<PartyId> sides;
  private final ImmutableList<Quota> quotas;

  private AgreementChain(List<Agreement> agreements) {
    this.agreements = ImmutableList.copyOf(agreements);
    this.ids = agreements.stream().map(Agreement::id).collect(ImmutableSet.toImmutableSet());
    ImmutableSet.Builder<PartyId> s = ImmutableSet.builder();
    agreements.forEach(a -> s.addAll(a.sides()));
    this.sides = s.build().asList();
    this.quotas = combine(agreements);
  }

  /**
   * A chain of an agreement and the agreements that revise it.
   *
   * @param root the agreement the others extend or amend
   * @param revisions the agreements that revise the root, directly or through one another, in any
   *     order
   * @return the chain, not null
   * @throws IllegalArgumentException if a revision does not link to another agreement of the chain,
   *     or an id is repeated
   */
  public static AgreementChain of(Agreement root, List<Agreement> revisions) {
    requireNonNull(root, "root");
    requireNonNull(revisions, "revisions");
    List<Agreement> sorted = new ArrayList<>(revisions);
    sorted.sort(BY_AGREED);
    Set<RecordId> ids = new java.util.HashSet<>();
    checkArgument(ids.add(root.id()), "repeated id %s", root.id());
    for (Agreement a : sorted) {
      checkArgument(ids.add(a.id()), "repeated id %s in the chain of %s", a.id(), root.id());
    }
    for (Agreement a : sorted) {
      checkArgument(
          a.revises().map(r -> ids.contains(r.agreement())).orElse(false),
          "%s revises no agreement of the chain of %s",
          a.id(),
          root.id());
    }
    List<Agreement> all = new ArrayList<>();
    all.add(root);
    all.addAll(sorted);
    return new AgreementChain(all);
  }

  /**
   * Returns the agreement the others extend or amend.
   *
   * @return the root, not null
   */
  public Agreement root() {
    return agreements.get(0);
  }

  /**
   * Returns the agreements of the chain: the root, then its extensions and amendments by the day
   * they were agreed, then id.
   *
   * @return the agreements, at least one, immutable
   */
  public List<Agreement> agreements() {
    return agreements;
  }

  /**
   * Returns the ids of the agreements of the chain.
   *
   * @return the ids, in chain order, immutable
   */
  public Set<RecordId> ids() {
    return ids;
  }

  /**
   * Returns the sides of every agreement of the chain.
   *
   * @return the sides, in order of first appearance, immutable
   */
  public List<PartyId> sides() {
    return sides;
  }

  /**
   * Returns the combined quotas of the chain: the count quotas of the same releasing parties,
   * category, age bracket and kind add up (an extension's added releases add to the deal's); ratio
   * quotas with the same terms, and whole-category quotas of the same parties and category, are
   * kept once, as first given.
   *
   * @return the quotas, in order of first appearance, immutable
   */
  public List<Quota> quotas() {
    return quotas;
  }

  /**
   * Returns the target period after all extensions: from the first day of the earliest target
   * period of the chain to the last day of the latest.
   *
   * @return the period, or empty when no agreement of the chain sets one
   */
  public Optional<ReportedDate> effectiveTarget() {
    LocalDate start = null;
    LocalDate end = null;
    for (Agreement a : agreements) {
      if (a.target().isPresent()) {
        ReportedDate t = a.target().get();
        start = start == null || t.start().isBefore(start) ? t.start() : start;
        end = end == null || t.end().isAfter(end) ? t.end() : end;
      }
    }
    return start == null ? Optional.empty() : Optional.of(ReportedDate.between(start, end));
  }

  /**
   * Returns the last day of the target period after all extensions.
   *
   * @return the day, or empty when no agreement of the chain sets a target period
   */
  public Optional<LocalDate> effectiveEnd() {
    return effectiveTarget().map(ReportedDate::end);
  }

  private static ImmutableList<Quota> combine(List<Agreement> agreements) {
    Map<List<Object>, Quota> combined = new LinkedHashMap<>();
    for (Agreement a : agreements) {
      for (Quota q : a.quotas()) {
        List<Object> key =
            List.of(
                q.releasingParties(),
                q.category(),
                q.ages(),
                q.isNumeric() ? "count" : q.isRatio() ? "ratio" : "all",
                q.ratio());
        Quota earlier = combined.get(key);
        if (earlier == null) {
          combined.put(key, q);
        } else if (q.isNumeric()) {
          combined.put(
              key,
              earlier.withCount(
                  LongMath.saturatedAdd(earlier.count().getAsLong(), q.count().getAsLong())));
        }
      }
    }
    return ImmutableList.copyOf(combined.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgreementChain c && agreements.equals(c.agreements);
  }

  @Override
  public int hashCode() {
    return agreements.hashCode();
  }

  /** Returns the ids of the chain's agreements. */
  @Override
  public String toString() {
    return "AgreementChain" + ids;
  }
}
