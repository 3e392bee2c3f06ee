package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.ceasefire.ConditionStatus;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceExtension;
import dev.parley.ceasefire.TruceFindings;
import dev.parley.ceasefire.TrucePhase;
import dev.parley.ceasefire.TruceStatus;
import dev.parley.exchange.Exchange;
import dev.parley.record.RecordId;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ceasefire proposals, declarations and truces of a chronicle, with their status at an instant.
 *
 * <pre>{@code
 * chronicle.ceasefires().status(offer.id(), fridayEvening);   // Optional[COUNTERED]
 * chronicle.ceasefires().statusesAt(fridayEvening);           // every proposal made by then
 * chronicle.ceasefires().truceStatus(pause.id(), at);         // phase, end, conditions met
 * }</pre>
 *
 * <p>Reached through {@link Chronicle#ceasefires()}. Sees the latest revision of every record; the
 * proposals are put in story order once, on the first query. Thread-safe.
 */
public final class CeasefireView {
  private final Chronicle chronicle;
  private final com.google.common.base.Supplier<ImmutableList<CeasefireProposal>> byDate;
  private final com.google.common.base.Supplier<ImmutableListMultimap<RecordId, Exchange>> tranches;

  CeasefireView(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.byDate =
        Suppliers.memoize(() -> StoryOrder.sort(chronicle.latest(CeasefireProposal.class)));
    this.tranches =
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
   * Returns the status of a truce at an instant: its phase and effective end, which depend on the
   * instant only, never on its zone, and whether each extension's release condition was met by then
   * per the linked exchange records of this chronicle (dates read in the truce's own zone).
   *
   * @param truce the truce's id
   * @param at the instant, in any zone
   * @return the status, or empty if there is no such truce
   */
  public Optional<TruceStatus> truceStatus(RecordId truce, ZonedDateTime at) {
    requireNonNull(at, "at");
    return chronicle.record(truce, Truce.class).map(t -> statusOf(t, at));
  }

  private TruceStatus statusOf(Truce t, ZonedDateTime at) {
    ImmutableList.Builder<ConditionStatus> conditions = ImmutableList.builder();
    for (TruceExtension e : t.extensions()) {
      conditions.add(
          e.condition()
              .map(
                  c ->
                      TruceFindings.conditionStatus(
                          t,
                          c,
                          chronicle.record(c.exchange()),
                          tranches.get().get(c.exchange()),
                          at))
              .orElse(ConditionStatus.UNCONDITIONAL));
    }
    return TruceStatus.of(t.phaseAt(at), t.effectiveEnd(), conditions.build());
  }

  /**
   * Returns every truce in force at an instant, in the order added.
   *
   * @param at the instant, in any zone
   * @return the truces, immutable
   */
  public java.util.List<Truce> trucesInForce(ZonedDateTime at) {
    requireNonNull(at, "at");
    return chronicle.latest(Truce.class).stream()
        .filter(t -> t.phaseAt(at) == TrucePhase.IN_FORCE)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the status of a ceasefire proposal at an instant.
   *
   * @param proposal the proposal's id
   * @param at the instant, with the zone in which dates are read
   * @return the status, or empty if there is no such proposal or it was not yet made
   */
  public Optional<CeasefireStatus> status(RecordId proposal, ZonedDateTime at) {
    requireNonNull(at, "at");
    return chronicle.record(proposal, CeasefireProposal.class).flatMap(p -> p.statusAt(at));
  }

  /**
   * Returns every ceasefire proposal made by an instant, with its status then, in story order.
   *
   * @param at the instant, with the zone in which dates are read
   * @return the proposals and their statuses, in story order, immutable
   */
  public Map<CeasefireProposal, CeasefireStatus> statusesAt(ZonedDateTime at) {
    requireNonNull(at, "at");
    Map<CeasefireProposal, CeasefireStatus> out = new LinkedHashMap<>();
    LocalDate day = at.toLocalDate();
    for (CeasefireProposal p : byDate.get()) {
      if (p.date().start().isAfter(day)) {
        break;
      }
      p.statusAt(at).ifPresent(s -> out.put(p, s));
    }
    return ImmutableMap.copyOf(out);
  }
}
