package dev.parley.internal;

import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.party.PartyId;
import dev.parley.provenance.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the parties a record refers to through its statements. A chronicle's reference checks
 * ask every record for its parties, so these are plain indexed loops: no lambda, iterator or {@code
 * Optional} chain per statement, and nothing at all for an empty list.
 */
public final class References {
  private References() {}

  /**
   * Adds the speaker of each statement that names one.
   *
   * @param out where the parties are added
   * @param statements the statements, in order
   */
  public static void speakers(ImmutableSet.Builder<PartyId> out, List<Statement> statements) {
    for (int i = 0, n = statements.size(); i < n; i++) {
      Optional<PartyId> speaker = statements.get(i).source().speaker();
      if (speaker.isPresent()) {
        out.add(speaker.get());
      }
    }
  }

  /**
   * Adds the speaker of each statement behind each estimate.
   *
   * @param out where the parties are added
   * @param estimates the sourced estimates, in order
   */
  public static void estimateSpeakers(
      ImmutableSet.Builder<PartyId> out, List<SourcedEstimate> estimates) {
    for (int i = 0, n = estimates.size(); i < n; i++) {
      speakers(out, estimates.get(i).sources());
    }
  }

  /**
   * Returns the set of an optional reference: empty, or the one value.
   *
   * @param reference the optional reference
   * @return the set, immutable
   */
  public static <T> Set<T> of(Optional<T> reference) {
    return reference.isPresent() ? ImmutableSet.of(reference.get()) : ImmutableSet.of();
  }
}
