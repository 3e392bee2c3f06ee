package dev.parley.territory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of territorial claims and assessments that span several records, as pure functions
 * returning findings. A chronicle calls {@link #checkAll}; the narrower functions serve callers
 * that hold only some of the records.
 *
 * <pre>{@code
 * List<Finding> findings = TerritoryFindings.checkAll(claims, assessments);
 * findings.forEach(System.err::println);
 * }</pre>
 *
 * <p>The rules (an assessment dated before its claim, a claimant confirming itself, an assessment
 * of another place than its claim's, one claimant's conflicting claims) are listed in {@code
 * docs/validation-rules.md}.
 *
 * <p>Assessments that point to a claim not given are skipped here: dangling references are the
 * chronicle's referential-integrity check. This class is stateless and thread-safe.
 */
public final class TerritoryFindings {
  private TerritoryFindings() {}

  /**
   * Checks claims and assessments against every rule above.
   *
   * @param claims the claims, with distinct ids
   * @param assessments the assessments
   * @return the findings, in the order of the records given, immutable, not null
   */
  public static List<Finding> checkAll(
      Collection<TerritorialClaim> claims, Collection<Assessment> assessments) {
    requireNonNull(claims, "claims");
    requireNonNull(assessments, "assessments");
    Map<RecordId, TerritorialClaim> byId = new HashMap<>();
    for (TerritorialClaim c : claims) {
      byId.put(c.id(), c);
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    out.addAll(checkClaimConflicts(claims));
    for (Assessment a : assessments) {
      Optional<TerritorialClaim> judged = a.claim().map(byId::get);
      judged.ifPresent(c -> out.addAll(checkAssessment(a, c)));
    }
    return out.build();
  }

  /**
   * Checks one assessment against the claim it judges.
   *
   * @param assessment the assessment
   * @param judged the claim whose id the assessment names
   * @return the findings: {@code TERRITORY_ASSESSMENT_BEFORE_CLAIM}, {@code
   *     TERRITORY_SELF_CONFIRMATION}, {@code TERRITORY_ASSESSMENT_PLACE_MISMATCH}; immutable, empty
   *     when all hold
   * @throws IllegalArgumentException if the assessment does not judge this claim
   */
  public static List<Finding> checkAssessment(Assessment assessment, TerritorialClaim judged) {
    requireNonNull(assessment, "assessment");
    requireNonNull(judged, "judged");
    checkArgument(
        assessment.claim().map(judged.id()::equals).orElse(false),
        "assessment %s does not judge claim %s",
        assessment.id(),
        judged.id());
    List<Finding> out = new ArrayList<>();
    String at = assessment.id().value();
    if (assessment.date().isBefore(judged.asOf())) {
      out.add(
          Finding.error(
              "TERRITORY_ASSESSMENT_BEFORE_CLAIM",
              at + ".date",
              String.format(
                  "assessment dated %s is before the claim %s it judges, dated %s",
                  assessment.date(), judged.id(), judged.asOf())));
    }
    if (assessment.status() == AssessmentStatus.CONFIRMED
        && assessment.assessor().equals(judged.claimant())) {
      out.add(
          Finding.error(
              "TERRITORY_SELF_CONFIRMATION",
              at + ".assessor",
              String.format(
                  "%s cannot confirm its own claim %s; a confirmation comes from another party or an independent assessor",
                  assessment.assessor(), judged.id())));
    }
    if (assessment.place().isPresent()
        && judged.subject().kind() == SubjectKind.PLACE
        && !assessment.place().equals(judged.subject().place())) {
      out.add(
          Finding.error(
              "TERRITORY_ASSESSMENT_PLACE_MISMATCH",
              at + ".place",
              String.format(
                  "assessment describes place %s but its claim %s is about %s",
                  assessment.place().get(), judged.id(), judged.subject().place().get())));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Finds claims by the same claimant about the same territory, dated the same (equal date and
   * precision), that put it in two states: controlling and not controlling, or two different
   * shares. Each claim after the first of its group that disagrees with the first gets one finding.
   *
   * @param claims the claims
   * @return the {@code TERRITORY_CLAIM_CONFLICT} findings, in the order of the claims given,
   *     immutable, not null
   */
  public static List<Finding> checkClaimConflicts(Collection<TerritorialClaim> claims) {
    requireNonNull(claims, "claims");
    Map<Moment, TerritorialClaim> first = new HashMap<>();
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (TerritorialClaim c : claims) {
      Moment key = new Moment(c.claimant(), c.subject().territory(), c.asOf());
      TerritorialClaim earlier = first.putIfAbsent(key, c);
      if (earlier != null && !sameState(earlier, c)) {
        out.add(
            Finding.error(
                "TERRITORY_CLAIM_CONFLICT",
                c.id() + ".asOf",
                String.format(
                    "%s claims %s %s as of %s, but its claim %s says %s %s as of the same date",
                    c.claimant(),
                    c.kind(),
                    c.subject(),
                    c.asOf(),
                    earlier.id(),
                    earlier.kind(),
                    earlier.subject())));
      }
    }
    return out.build();
  }

  private static boolean sameState(TerritorialClaim a, TerritorialClaim b) {
    Optional<BigDecimal> pa = a.subject().percent();
    Optional<BigDecimal> pb = b.subject().percent();
    boolean sameShare = pa.isEmpty() || pb.isEmpty() || pa.get().compareTo(pb.get()) == 0;
    return a.assertsControl() == b.assertsControl() && sameShare;
  }

  /**
   * One claimant, one territory, one date: the instant at which a claimant can be in one state
   * only.
   */
  private static final class Moment {
    private final PartyId claimant;
    private final Object territory;
    private final ReportedDate date;

    Moment(PartyId claimant, Object territory, ReportedDate date) {
      this.claimant = claimant;
      this.territory = territory;
      this.date = date;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Moment i
          && claimant.equals(i.claimant)
          && territory.equals(i.territory)
          && date.equals(i.date);
    }

    @Override
    public int hashCode() {
      return Objects.hash(claimant, territory, date);
    }
  }
}
