package dev.parley.territory;

import com.google.common.collect.ImmutableSet;
import dev.parley.internal.Checker;
import dev.parley.internal.ParleyStyle;
import dev.parley.internal.References;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.time.ReportedDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A dated judgement, by a party, an independent monitor or a research group, of a territorial claim
 * or of who controls a place.
 *
 * <pre>{@code
 * Assessment isw = Assessment.builder()
 *     .id(RecordId.of("assessment:isw:rakivka"))
 *     .assessor(PartyId.of("isw")).assessorKind(AssessorKind.RESEARCH_GROUP)
 *     .claim(RecordId.of("claim:ru:rakivka"))
 *     .place(PlaceId.of("ua:rakivka"))
 *     .status(AssessmentStatus.CONFIRMED)
 *     .controller(Controller.party(PartyId.of("ru")))
 *     .date(ReportedDate.parse("2025-05-25"))
 *     .build();
 * }</pre>
 *
 * <p>An assessment judges a claim, describes a place, or both. Whether it is dated before its
 * claim, comes from the claimant itself, or names another place than its claim is checked across
 * records by {@link TerritoryFindings}. Instances are immutable and thread-safe. The validation
 * rules are listed in {@code docs/validation-rules.md}.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class Assessment implements WithAssessment, ChronicleRecord {
  Assessment() {}

  public abstract RecordId id();

  /**
   * Returns who makes the assessment.
   *
   * @return the assessor, not null
   */
  public abstract PartyId assessor();

  /**
   * Returns what kind of body the assessor is.
   *
   * @return the kind, not null
   */
  public abstract AssessorKind assessorKind();

  /**
   * Returns the claim judged.
   *
   * @return the claim's id, or empty when the assessment only describes a place
   */
  public abstract Optional<RecordId> claim();

  /**
   * Returns a copy with {@link #claim()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Assessment withClaim(RecordId value);

  /**
   * Returns the place described.
   *
   * @return the place, or empty when the assessment only judges a claim (the place is then the
   *     claim's)
   */
  public abstract Optional<PlaceId> place();

  /**
   * Returns a copy with {@link #place()} set to a present value.
   *
   * @param value the value, not null
   * @return a validated copy, or this object if it already holds that value
   */
  public abstract Assessment withPlace(PlaceId value);

  /**
   * Returns the verdict on the claim, or the firmness of the stated controller.
   *
   * @return the status, not null
   */
  public abstract AssessmentStatus status();

  /**
   * Returns who the assessor says controls the place.
   *
   * @return the controller: a party, contested or unknown, not null
   */
  public abstract Controller controller();

  /**
   * Returns when the assessment was made, with its precision.
   *
   * @return the date, not null
   */
  public abstract ReportedDate date();

  /**
   * Returns where the assessment was published.
   *
   * @return the statements, possibly empty, immutable
   */
  public abstract List<Statement> provenance();

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract Assessment withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract Assessment withProvenance(Iterable<? extends Statement> elements);

  @Override
  public RecordType recordType() {
    return RecordType.ASSESSMENT;
  }

  @Override
  public ReportedDate recordDate() {
    return date();
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    b.add(assessor());
    if (controller().party().isPresent()) {
      b.add(controller().party().get());
    }
    References.speakers(b, provenance());
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    return place().isPresent() ? ImmutableSet.of(place().get()) : ImmutableSet.of();
  }

  @Override
  public Set<RecordId> referencedRecords() {
    return claim().isPresent() ? ImmutableSet.of(claim().get()) : ImmutableSet.of();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; not thread-safe. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checker.of("Assessment")
        .check(
            claim().isPresent() || place().isPresent(),
            "TERRITORY_ASSESSMENT_TARGET_MISSING",
            "claim",
            "an assessment judges a claim or describes a place; %s does neither",
            id())
        .throwIfInvalid();
  }

  /** Returns {@code id: assessor STATUS target controller date}. */
  @Override
  public String toString() {
    return id()
        + ": "
        + assessor()
        + " "
        + status()
        + claim().map(c -> " claim " + c).orElse("")
        + place().map(p -> " place " + p).orElse("")
        + " controller "
        + controller()
        + " on "
        + date();
  }
}
