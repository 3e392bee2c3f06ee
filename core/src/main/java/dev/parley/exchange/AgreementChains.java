package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.parley.record.RecordId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chains of a set of agreements: which agreements extend or amend which, indexed once.
 *
 * <pre>{@code
 * AgreementChains chains = AgreementChains.of(List.of(deal, twoMoreDays, oneMoreDay));
 * chains.chain(oneMoreDay.id()).get().root();   // deal
 * }</pre>
 *
 * <p>Links to agreements not in the set are ignored, and a circle of links is cut where it closes
 * (a chronicle reports both as findings). Where several agreements share an id, the last one
 * counts. Instances are immutable and thread-safe.
 */
public final class AgreementChains {
  private final ImmutableMap<RecordId, Agreement> byId;
  private final ImmutableListMultimap<RecordId, Agreement> revisedBy;

  private AgreementChains(
      ImmutableMap<RecordId, Agreement> byId,
      ImmutableListMultimap<RecordId, Agreement> revisedBy) {
    this.byId = byId;
    this.revisedBy = revisedBy;
  }

  /**
   * Indexes a set of agreements.
   *
   * @param agreements the agreements, in any order
   * @return the index, not null
   */
  public static AgreementChains of(Collection<Agreement> agreements) {
    requireNonNull(agreements, "agreements");
    Map<RecordId, Agreement> byId = new LinkedHashMap<>();
    for (Agreement a : agreements) {
      byId.put(a.id(), a);
    }
    ImmutableListMultimap.Builder<RecordId, Agreement> revisedBy = ImmutableListMultimap.builder();
    for (Agreement a : byId.values()) {
      a.revises().ifPresent(r -> revisedBy.put(r.agreement(), a));
    }
    return new AgreementChains(ImmutableMap.copyOf(byId), revisedBy.build());
  }

  /**
   * Returns the chain an agreement belongs to, whether it is the root or an extension or amendment.
   *
   * @param agreement the id of any agreement of the chain
   * @return the chain, or empty when there is no agreement with that id
   */
  public Optional<AgreementChain> chain(RecordId agreement) {
    Agreement member = byId.get(requireNonNull(agreement, "agreement"));
    if (member == null) {
      return Optional.empty();
    }
    Agreement root = root(member);
    List<Agreement> revisions = new ArrayList<>();
    Set<RecordId> seen = new HashSet<>();
    seen.add(root.id());
    Deque<Agreement> todo = new ArrayDeque<>(revisedBy.get(root.id()));
    while (!todo.isEmpty()) {
      Agreement a = todo.removeFirst();
      if (seen.add(a.id())) {
        revisions.add(a);
        todo.addAll(revisedBy.get(a.id()));
      }
    }
    return Optional.of(AgreementChain.of(root, revisions));
  }

  /**
   * Returns the root of an agreement's chain: the agreement reached by following the links back
   * until one leads outside the set, to nothing, or back into the circle already walked.
   */
  private Agreement root(Agreement member) {
    Set<RecordId> seen = new HashSet<>();
    Agreement current = member;
    seen.add(current.id());
    while (current.revises().isPresent()) {
      Agreement revised = byId.get(current.revises().get().agreement());
      if (revised == null || !seen.add(revised.id())) {
        break;
      }
      current = revised;
    }
    return current;
  }

  /**
   * Returns the ids of the agreements whose links run in a circle, each reaching itself again.
   *
   * @return the ids, in the order the agreements were given, immutable
   */
  public List<RecordId> inCycles() {
    List<RecordId> out = new ArrayList<>();
    for (Agreement a : byId.values()) {
      Set<RecordId> seen = new HashSet<>();
      Agreement current = a;
      while (current.revises().isPresent() && seen.add(current.id())) {
        RecordId next = current.revises().get().agreement();
        if (next.equals(a.id())) {
          out.add(a.id());
          break;
        }
        current = byId.get(next);
        if (current == null) {
          break;
        }
      }
    }
    return List.copyOf(out);
  }
}
