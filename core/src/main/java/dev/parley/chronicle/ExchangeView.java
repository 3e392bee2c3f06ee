package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementChain;
import dev.parley.exchange.AgreementChains;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.FulfilmentTimeline;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The prisoner exchanges of a chronicle: how far each agreement is fulfilled by its tranches.
 *
 * <pre>{@code
 * chronicle.exchanges().fulfilment(thousandForThousand.id(), LocalDate.of(2025, 5, 25));
 * chronicle.exchanges().tranches(thousandForThousand.id());
 * }</pre>
 *
 * <p>Reached through {@link Chronicle#exchanges()}. Sees the latest revision of every record. The
 * index of exchanges by agreement is built once, on the first query; each agreement's timeline is
 * computed on its first query and kept. Immutable in what it answers, and thread-safe.
 */
public final class ExchangeView {
  private final Chronicle chronicle;
  private final com.google.common.base.Supplier<ImmutableListMultimap<RecordId, Exchange>>
      byAgreement;
  private final ConcurrentMap<RecordId, FulfilmentTimeline> timelines = new ConcurrentHashMap<>();
  private final com.google.common.base.Supplier<AgreementChains> chains;
  private final ConcurrentMap<RecordId, FulfilmentTimeline> chainTimelines =
      new ConcurrentHashMap<>();

  ExchangeView(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.byAgreement =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<RecordId, Exchange> b = ImmutableListMultimap.builder();
              for (Exchange e : chronicle.latest(Exchange.class)) {
                e.agreement().ifPresent(a -> b.put(a, e));
              }
              return b.build();
            });
    this.chains = Suppliers.memoize(() -> AgreementChains.of(chronicle.latest(Agreement.class)));
  }

  /**
   * Computes how much of an agreement is fulfilled as of a day, from the completed tranches that
   * name it.
   *
   * @param agreement the agreement's id
   * @param asOf the day; tranches whose last possible day is later do not count
   * @return the fulfilment, or empty if the chronicle has no agreement with that id
   */
  public Optional<Fulfilment> fulfilment(RecordId agreement, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    // An agreement asked about before is answered from its timeline, without the lookup by id
    // among every record of the chronicle.
    FulfilmentTimeline known = timelines.get(requireNonNull(agreement, "agreement"));
    if (known != null) {
      return Optional.of(known.at(asOf));
    }
    return chronicle
        .record(agreement, Agreement.class)
        .map(
            a ->
                timelines
                    .computeIfAbsent(a.id(), id -> FulfilmentTimeline.of(a, tranches(id)))
                    .at(asOf));
  }

  /**
   * Returns the exchanges that name an agreement, whatever their status.
   *
   * @param agreement the agreement's id
   * @return the exchanges, in the order added, immutable; empty if none names it
   */
  public List<Exchange> tranches(RecordId agreement) {
    return byAgreement.get().get(requireNonNull(agreement, "agreement"));
  }

  /**
   * Returns the chain an agreement belongs to: the agreement it (through others) extends or amends,
   * and every extension and amendment of that.
   *
   * @param agreement the id of any agreement of the chain
   * @return the chain, or empty if the chronicle has no agreement with that id
   */
  public Optional<AgreementChain> chain(RecordId agreement) {
    return chains.get().chain(requireNonNull(agreement, "agreement"));
  }

  /**
   * Computes how much of a whole chain of agreements is fulfilled as of a day: the completed
   * tranches of every agreement of the chain against the chain's combined quotas ({@link
   * Fulfilment#of(AgreementChain, java.util.Collection, LocalDate)}).
   *
   * @param agreement the id of any agreement of the chain
   * @param asOf the day; tranches whose last possible day is later do not count
   * @return the fulfilment, whose agreement is the chain's root, or empty if the chronicle has no
   *     agreement with that id
   */
  public Optional<Fulfilment> chainFulfilment(RecordId agreement, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return chain(agreement)
        .map(
            c ->
                chainTimelines
                    .computeIfAbsent(
                        c.root().id(),
                        id -> {
                          List<Exchange> tranches = new ArrayList<>();
                          c.ids().forEach(a -> tranches.addAll(tranches(a)));
                          return FulfilmentTimeline.of(c, tranches);
                        })
                    .at(asOf));
  }

  /**
   * Returns the target period of an agreement's chain after all its extensions.
   *
   * @param agreement the id of any agreement of the chain
   * @return the period ({@link AgreementChain#effectiveTarget()}), or empty if there is no such
   *     agreement or no agreement of its chain sets one
   */
  public Optional<ReportedDate> effectiveTarget(RecordId agreement) {
    return chain(agreement).flatMap(AgreementChain::effectiveTarget);
  }

  /**
   * Returns the exchange agreements that are part of a truce: those that name it ({@link
   * Agreement#truce()}) and those it names (such as {@link
   * dev.parley.ceasefire.CeasefireProposal#exchangeAgreements()}).
   *
   * @param truce the truce's record id
   * @return the agreements, those it names first, then those naming it, each once, immutable
   */
  public List<Agreement> ofTruce(RecordId truce) {
    requireNonNull(truce, "truce");
    Map<RecordId, Agreement> out = new LinkedHashMap<>();
    chronicle
        .record(truce, CeasefireProposal.class)
        .ifPresent(
            p ->
                p.exchangeAgreements()
                    .forEach(
                        id ->
                            chronicle.record(id, Agreement.class).ifPresent(a -> out.put(id, a))));
    for (Agreement a : chronicle.latest(Agreement.class)) {
      if (a.truce().equals(Optional.of(truce))) {
        out.putIfAbsent(a.id(), a);
      }
    }
    return ImmutableList.copyOf(out.values());
  }
}
