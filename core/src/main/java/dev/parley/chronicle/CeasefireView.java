package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.record.RecordId;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ceasefire proposals and declarations of a chronicle, with their status at an instant.
 *
 * <pre>{@code
 * chronicle.ceasefires().status(offer.id(), fridayEvening);   // Optional[COUNTERED]
 * chronicle.ceasefires().statusesAt(fridayEvening);           // every proposal made by then
 * }</pre>
 *
 * <p>Reached through {@link Chronicle#ceasefires()}. Sees the latest revision of every record; the
 * proposals are put in story order once, on the first query. Thread-safe.
 */
public final class CeasefireView {
  private final Chronicle chronicle;
  private final com.google.common.base.Supplier<ImmutableList<CeasefireProposal>> byDate;

  CeasefireView(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.byDate =
        Suppliers.memoize(() -> StoryOrder.sort(chronicle.latest(CeasefireProposal.class)));
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
