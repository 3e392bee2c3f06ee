package dev.parley.territory;

import com.google.common.collect.ImmutableSet;
import dev.parley.estimate.SourcedEstimate;
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
 * A claimant's statement that it captured, holds, lost, withdrew from, annexed or liberated a
 * place, a region or a share of a country. A claim is not control: whether anyone else confirms it
 * is recorded separately, in {@link Assessment}s.
 *
 * <pre>{@code
 * TerritorialClaim rakivka = TerritorialClaim.builder()
 *     .id(RecordId.of("claim:ru:rakivka"))
 *     .claimant(PartyId.of("ru"))
 *     .subject(ClaimSubject.place(PlaceId.of("ua:rakivka")))
 *     .kind(ClaimKind.CAPTURED)
 *     .means(ClaimMeans.ARMED)
 *     .asOf(ReportedDate.parse("2025-05-23"))
 *     .addProvenance(Statement.claimedBy(PartyId.of("ru")))
 *     .build();
 * }</pre>
 *
 * <p>The claimant's own statements in the provenance never count as confirmation (see {@link
 * Statement#confirmsIndependentlyOf}); statements by others that confirm, deny or dispute the claim
 * count towards its derived status in {@link ControlIndex#claimStatus}. A claim may carry its
 * magnitude, the area and the number of settlements, each as sourced estimates: two sources giving
 * two figures are both kept. Rules spanning several claims are in {@link TerritoryFindings}.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
@ParleyStyle
public abstract non-sealed class TerritorialClaim implements WithTerritorialClaim, ChronicleRecord {
  TerritorialClaim() {}

  public abstract RecordId id();

  /**
   * Returns the party making the claim.
   *
   * @return the claimant, not null
   */
  public abstract PartyId claimant();

  /**
   * Returns what the claim is about.
   *
   * @return the place, region or share, not null
   */
  public abstract ClaimSubject subject();

  /**
   * Returns what the claimant says happened or holds.
   *
   * @return the kind, not null
   */
  public abstract ClaimKind kind();

  /**
   * Returns how the claimant says it happened.
   *
   * @return the means, {@link ClaimMeans#UNKNOWN} when the report does not say
   */
  public abstract ClaimMeans means();

  /**
   * Returns the date the claim speaks of, with its precision.
   *
   * @return the date, not null
   */
  public abstract ReportedDate asOf();

  /**
   * Returns the area claimed, in square kilometres, as each source gave the figure ("about 4,000
   * km2").
   *
   * @return the sourced figures, possibly empty, immutable
   */
  public abstract List<SourcedEstimate> areaKm2();

  /**
   * Returns a copy with {@link #areaKm2()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract TerritorialClaim withAreaKm2(SourcedEstimate... elements);

  /**
   * Returns a copy with {@link #areaKm2()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract TerritorialClaim withAreaKm2(Iterable<? extends SourcedEstimate> elements);

  /**
   * Returns the number of settlements claimed, as each source gave the figure ("more than 100
   * settlements").
   *
   * @return the sourced figures, possibly empty, immutable
   */
  public abstract List<SourcedEstimate> settlements();

  /**
   * Returns a copy with {@link #settlements()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy
   */
  public abstract TerritorialClaim withSettlements(SourcedEstimate... elements);

  /**
   * Returns a copy with {@link #settlements()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract TerritorialClaim withSettlements(Iterable<? extends SourcedEstimate> elements);

  /**
   * Returns who said it: the claimant's own statement and any others reporting, confirming, denying
   * or disputing it.
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
  public abstract TerritorialClaim withProvenance(Statement... elements);

  /**
   * Returns a copy with {@link #provenance()} replaced by the given elements.
   *
   * @param elements the new elements, in order, not null
   * @return a validated copy, or this object when given the list it holds
   */
  public abstract TerritorialClaim withProvenance(Iterable<? extends Statement> elements);

  /**
   * Returns whether the claimant says it controls the territory after this claim.
   *
   * @return true for captured, holds, annexed and liberated
   */
  public boolean assertsControl() {
    return kind().assertsControl();
  }

  @Override
  public RecordType recordType() {
    return RecordType.TERRITORIAL_CLAIM;
  }

  @Override
  public ReportedDate recordDate() {
    return asOf();
  }

  @Override
  public Set<PartyId> referencedParties() {
    ImmutableSet.Builder<PartyId> b = ImmutableSet.builder();
    b.add(claimant());
    References.speakers(b, provenance());
    References.estimateSpeakers(b, areaKm2());
    References.estimateSpeakers(b, settlements());
    return b.build();
  }

  @Override
  public Set<PlaceId> referencedPlaces() {
    Optional<PlaceId> place = subject().place();
    return place.isPresent() ? ImmutableSet.of(place.get()) : ImmutableSet.of();
  }

  @Override
  public Set<RecordId> referencedRecords() {
    return ImmutableSet.of();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TerritorialClaim}; not thread-safe. */
  public static final class Builder extends ImmutableTerritorialClaim.Builder {
    Builder() {}
  }

  /** Returns {@code id: claimant KIND subject as of date}. */
  @Override
  public String toString() {
    return id() + ": " + claimant() + " " + kind() + " " + subject() + " as of " + asOf();
  }
}
