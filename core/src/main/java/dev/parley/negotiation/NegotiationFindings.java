package dev.parley.negotiation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.record.RecordId;
import dev.parley.validation.Finding;
import java.util.List;
import java.util.Set;

/**
 * Rules of negotiation rounds that span records, reported as findings rather than construction
 * failures.
 *
 * <pre>{@code
 * List<Finding> findings = NegotiationFindings.checkReferences(round, knownIds);   // for example the ids of a batch of records
 * }</pre>
 *
 * <p>Paths start with the round's id. This class has no instances; its functions are pure and
 * thread-safe. The validation rules are listed in {@code docs/validation-rules.md}.
 */
public final class NegotiationFindings {
  private NegotiationFindings() {}

  /**
   * Finds outcomes that point to records that do not exist.
   *
   * @param round the round, not null
   * @param known the ids of every record in the collection, not null
   * @return one error finding per unknown outcome, possibly empty, immutable
   */
  public static List<Finding> checkReferences(NegotiationRound round, Set<RecordId> known) {
    requireNonNull(round, "round");
    requireNonNull(known, "known");
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    int i = 0;
    for (RecordId outcome : round.outcomes()) {
      if (!known.contains(outcome)) {
        out.add(
            Finding.error(
                "NEGOTIATION_OUTCOME_UNKNOWN",
                round.id() + ".outcomes[" + i + "]",
                "outcome " + outcome + " is not a known record"));
      }
      i++;
    }
    return out.build();
  }
}
