package dev.parley.ceasefire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.party.PartyId;
import dev.parley.time.ReportedDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Queries over many ceasefire proposals.
 *
 * <pre>{@code
 * List<DemandedCondition> russia = CeasefireQueries.conditionsDemandedBy(PartyId.of("ru"), proposals);
 * }</pre>
 *
 * <p>Queries about one proposal ({@code statusAt}, {@code unansweredAddressees}, {@code
 * finalResponses}) are methods of {@link CeasefireProposal}. This class has no instances; its
 * functions are pure and thread-safe.
 */
public final class CeasefireQueries {
  private CeasefireQueries() {}

  /**
   * Returns every condition a party demanded across proposals, in the proposals' conditions and
   * alternatives and in responses to them, ordered by date (stable: equal dates keep the order of
   * the proposals, then of conditions within each). The same condition repeated in several places
   * is returned each time, with where it was demanded.
   *
   * @param party the demanding party, not null
   * @param proposals the proposals to search, not null
   * @return the demanded conditions, possibly empty, immutable
   */
  public static List<DemandedCondition> conditionsDemandedBy(
      PartyId party, Iterable<CeasefireProposal> proposals) {
    requireNonNull(party, "party");
    List<DemandedCondition> out = new ArrayList<>();
    for (CeasefireProposal p : requireNonNull(proposals, "proposals")) {
      add(out, party, p, p.conditions(), p.alternatives(), p.date(), false);
      for (Response r : p.responses()) {
        add(out, party, p, r.conditions(), r.alternatives(), r.date(), true);
      }
    }
    out.sort(Comparator.comparing(DemandedCondition::date));
    return ImmutableList.copyOf(out);
  }

  private static void add(
      List<DemandedCondition> out,
      PartyId party,
      CeasefireProposal p,
      List<Condition> all,
      List<ConditionGroup> alternatives,
      ReportedDate date,
      boolean inResponse) {
    for (Condition c : all) {
      if (c.demandedBy().equals(party)) {
        out.add(DemandedCondition.of(p.id(), c, date, inResponse));
      }
    }
    for (ConditionGroup g : alternatives) {
      for (Condition c : g.conditions()) {
        if (c.demandedBy().equals(party)) {
          out.add(ImmutableDemandedCondition.of(p.id(), c, date, inResponse, true));
        }
      }
    }
  }
}
