package dev.parley.ceasefire;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.record.RecordId;
import dev.parley.validation.Finding;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules of ceasefire proposals that span records, reported as findings rather than construction
 * failures, so that imperfect real data can be loaded and every problem seen.
 *
 * <pre>{@code
 * List<Finding> findings = CeasefireFindings.checkReferences(proposal, knownIds);   // for example the ids of a batch of records
 * }</pre>
 *
 * <p>Paths start with the proposal's id. This class has no instances; its functions are pure and
 * thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
public final class CeasefireFindings {
  private CeasefireFindings() {}

  /**
   * Finds references to records that do not exist: counter-proposals, the negotiation round, and
   * the proposals it answers or mirrors.
   *
   * @param proposal the proposal, not null
   * @param known the ids of every record in the collection, not null
   * @return the error findings, possibly empty, immutable
   */
  public static List<Finding> checkReferences(CeasefireProposal proposal, Set<RecordId> known) {
    requireNonNull(proposal, "proposal");
    requireNonNull(known, "known");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    List<Response> responses = proposal.responses();
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      String path = proposal.id() + ".responses[" + i + "].counterProposal";
      r.counterProposal()
          .filter(id -> !known.contains(id))
          .ifPresent(
              id ->
                  out.add(
                      Finding.error(
                          "CEASEFIRE_COUNTER_PROPOSAL_UNKNOWN",
                          path,
                          r.party() + "'s counter-proposal " + id + " is not a known record")));
    }
    proposal
        .negotiationRound()
        .filter(id -> !known.contains(id))
        .ifPresent(
            id ->
                out.add(
                    Finding.error(
                        "CEASEFIRE_ROUND_UNKNOWN",
                        proposal.id() + ".negotiationRound",
                        "negotiation round " + id + " is not a known record")));
    link(proposal, "answers", proposal.answers(), known, out);
    link(proposal, "mirrors", proposal.mirrors(), known, out);
    return out.build();
  }

  private static void link(
      CeasefireProposal proposal,
      String attribute,
      java.util.Optional<RecordId> target,
      Set<RecordId> known,
      ImmutableList.Builder<Finding> out) {
    target
        .filter(id -> !known.contains(id))
        .ifPresent(
            id ->
                out.add(
                    Finding.error(
                        "CEASEFIRE_LINK_UNKNOWN",
                        proposal.id() + "." + attribute,
                        "the proposal " + attribute + " " + id + ", which is not a known record")));
  }

  /**
   * Checks every proposal of a collection as a chronicle does: each counter-proposal comes from the
   * party that answered with it and is addressed to the original proposer.
   *
   * @param proposals the proposals, one per id, in any order
   * @return the findings of {@link #checkCounterProposal} for each proposal, immutable
   */
  public static List<Finding> checkAll(Collection<CeasefireProposal> proposals) {
    requireNonNull(proposals, "proposals");
    Map<RecordId, CeasefireProposal> byId = new HashMap<>();
    for (CeasefireProposal p : proposals) {
      byId.put(p.id(), p);
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (CeasefireProposal p : byId.values()) {
      out.addAll(checkCounterProposal(p, byId));
    }
    return out.build();
  }

  /**
   * Checks that each counter-proposal comes from the party that answered with it (alone or jointly)
   * and is addressed to the original proposer. Counter-proposals not among {@code proposals} are
   * skipped (see {@link #checkReferences}).
   *
   * @param proposal the proposal whose responses are checked, not null
   * @param proposals the known proposals by id, not null
   * @return warning findings, possibly empty, immutable
   */
  public static List<Finding> checkCounterProposal(
      CeasefireProposal proposal, Map<RecordId, CeasefireProposal> proposals) {
    requireNonNull(proposal, "proposal");
    requireNonNull(proposals, "proposals");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    List<Response> responses = proposal.responses();
    for (int i = 0; i < responses.size(); i++) {
      Response r = responses.get(i);
      if (r.counterProposal().isEmpty()) {
        continue;
      }
      CeasefireProposal counter = proposals.get(r.counterProposal().get());
      if (counter == null) {
        continue;
      }
      if (!counter.proposers().contains(r.party())
          || !counter.addressees().contains(proposal.proposer())) {
        out.add(
            Finding.warning(
                "CEASEFIRE_COUNTER_PROPOSAL_PARTIES",
                proposal.id() + ".responses[" + i + "].counterProposal",
                "counter-proposal "
                    + counter.id()
                    + " should be proposed by "
                    + r.party()
                    + " to "
                    + proposal.proposer()
                    + ", but is proposed by "
                    + counter.proposer()
                    + " to "
                    + counter.addressees()));
      }
    }
    return out.build();
  }
}
