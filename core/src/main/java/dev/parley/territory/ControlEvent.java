package dev.parley.territory;

import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.util.Optional;

/**
 * One entry of a place's control history: a claim or an assessment, with its date and the party
 * that made it.
 *
 * <pre>{@code
 * for (ControlEvent e : index.history(PlaceId.of("ua:rakivka"))) {
 *   System.out.println(e.date() + " " + e.party() + " " + e.id());
 * }
 * }</pre>
 *
 * <p>Exactly one of {@link #claim()} and {@link #assessment()} is present. Equality is by the
 * record it wraps. Instances are immutable and thread-safe.
 */
public final class ControlEvent {
  private final Optional<TerritorialClaim> claim;
  private final Optional<Assessment> assessment;

  private ControlEvent(Optional<TerritorialClaim> claim, Optional<Assessment> assessment) {
    this.claim = claim;
    this.assessment = assessment;
  }

  /**
   * Wraps a claim.
   *
   * @param claim the claim
   * @return the event, not null
   */
  public static ControlEvent of(TerritorialClaim claim) {
    return new ControlEvent(Optional.of(claim), Optional.empty());
  }

  /**
   * Wraps an assessment.
   *
   * @param assessment the assessment
   * @return the event, not null
   */
  public static ControlEvent of(Assessment assessment) {
    return new ControlEvent(Optional.empty(), Optional.of(assessment));
  }

  /**
   * Returns the claim, if this event is one.
   *
   * @return the claim, or empty for an assessment
   */
  public Optional<TerritorialClaim> claim() {
    return claim;
  }

  /**
   * Returns the assessment, if this event is one.
   *
   * @return the assessment, or empty for a claim
   */
  public Optional<Assessment> assessment() {
    return assessment;
  }

  /**
   * Returns the id of the record.
   *
   * @return the id, not null
   */
  public RecordId id() {
    return claim.map(TerritorialClaim::id).orElseGet(() -> assessment.get().id());
  }

  /**
   * Returns the date: the claim's as-of date or the assessment's date.
   *
   * @return the date, not null
   */
  public ReportedDate date() {
    return claim.map(TerritorialClaim::asOf).orElseGet(() -> assessment.get().date());
  }

  /**
   * Returns who made it: the claimant or the assessor.
   *
   * @return the party, not null
   */
  public PartyId party() {
    return claim.map(TerritorialClaim::claimant).orElseGet(() -> assessment.get().assessor());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ControlEvent e
        && claim.equals(e.claim)
        && assessment.equals(e.assessment);
  }

  @Override
  public int hashCode() {
    return 31 * claim.hashCode() + assessment.hashCode();
  }

  /** Returns the wrapped record's text. */
  @Override
  public String toString() {
    return claim.map(Object::toString).orElseGet(() -> assessment.get().toString());
  }
}
