package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.FulfilmentTimeline;
import dev.parley.record.RecordId;
import java.time.LocalDate;
import java.util.List;
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
}
