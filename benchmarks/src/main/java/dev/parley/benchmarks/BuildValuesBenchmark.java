package dev.parley.benchmarks;

import dev.parley.benchmarks.plain.PlainRecords.PlainCasualties;
import dev.parley.benchmarks.plain.PlainRecords.PlainClaim;
import dev.parley.benchmarks.plain.PlainRecords.PlainEstimate;
import dev.parley.benchmarks.plain.PlainRecords.PlainIncident;
import dev.parley.benchmarks.plain.PlainRecords.PlainPerpetrator;
import dev.parley.benchmarks.plain.PlainRecords.PlainPlace;
import dev.parley.benchmarks.plain.PlainRecords.PlainRevision;
import dev.parley.benchmarks.plain.PlainRecords.PlainSource;
import dev.parley.benchmarks.plain.PlainRecords.PlainStatement;
import dev.parley.benchmarks.plain.PlainRecords.PlainSubject;
import dev.parley.estimate.Estimate;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 4: constructing and validating values through the public API from text and numbers,
 * against constructing plain Java records of the same shape with no validation. Three shapes: a
 * place, a territorial claim and an incident (the commonest records). Run with {@code -prof gc} for
 * the allocation per value.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BuildValuesBenchmark {
  private String id = "ua:rakivka";
  private String name = "Rakivka";
  private String country = "UA";
  private String region = "UA-63";
  private String claimId = "claim:1234";
  private String party = "ru";
  private String other = "ua";
  private String day = "2025-05-23";
  private LocalDate date = LocalDate.of(2025, 5, 23);
  private long killed = 3;
  private long injured = 12;

  /**
   * Baseline: a plain place.
   *
   * @return the record
   */
  @Benchmark
  public PlainPlace plainPlace() {
    return new PlainPlace(id, name, country, region, null, "settlement");
  }

  /**
   * Parley: a validated place with validated id, country and region.
   *
   * @return the place
   */
  @Benchmark
  public Place parleyPlace() {
    return Place.builder()
        .id(PlaceId.of(id))
        .name(name)
        .country(CountryCode.of(country))
        .region(RegionCode.parse(region))
        .precision(LocationPrecision.SETTLEMENT)
        .build();
  }

  /**
   * Baseline: a plain territorial claim with one statement.
   *
   * @return the record
   */
  @Benchmark
  public PlainClaim plainClaim() {
    return new PlainClaim(
        claimId,
        party,
        new PlainSubject(id, null, null, null, null),
        "liberated",
        "armed",
        day,
        List.of(
            new PlainStatement(
                new PlainSource(party, "Ministry of Defence", "Telegram", null, day), "claims")));
  }

  /**
   * Parley: a validated territorial claim with one statement.
   *
   * @return the claim
   */
  @Benchmark
  public TerritorialClaim parleyClaim() {
    PartyId claimant = PartyId.of(party);
    ReportedDate d = ReportedDate.ofDay(date);
    return TerritorialClaim.builder()
        .id(RecordId.of(claimId))
        .claimant(claimant)
        .subject(ClaimSubject.place(PlaceId.of(id)))
        .kind(ClaimKind.LIBERATED)
        .means(ClaimMeans.ARMED)
        .asOf(d)
        .addProvenance(
            Statement.of(
                Source.builder()
                    .speaker(claimant)
                    .organ("Ministry of Defence")
                    .outlet("Telegram")
                    .published(d)
                    .build(),
                Stance.CLAIMS))
        .build();
  }

  /**
   * Baseline: a plain incident with a perpetrator and one casualty revision.
   *
   * @return the record
   */
  @Benchmark
  public PlainIncident plainIncident() {
    PlainStatement s =
        new PlainStatement(
            new PlainSource(other, "Ministry of Defence", "Telegram", null, day), "claims");
    return new PlainIncident(
        claimId,
        day,
        null,
        id,
        "military",
        new PlainPerpetrator(party, "attributed", List.of(s)),
        "drone",
        new PlainCasualties(
            List.of(
                new PlainRevision(
                    day,
                    new PlainEstimate("exact", killed, null, null, null),
                    new PlainEstimate("exact", injured, null, null, null),
                    List.of(s)))),
        null);
  }

  /**
   * Parley: a validated incident with a perpetrator and one casualty revision.
   *
   * @return the incident
   */
  @Benchmark
  public Incident parleyIncident() {
    ReportedDate d = ReportedDate.ofDay(date);
    Statement s =
        Statement.of(
            Source.builder()
                .speaker(PartyId.of(other))
                .organ("Ministry of Defence")
                .outlet("Telegram")
                .published(d)
                .build(),
            Stance.CLAIMS);
    return Incident.builder()
        .id(RecordId.of(claimId))
        .date(d)
        .place(PlaceId.of(id))
        .target(TargetType.MILITARY)
        .perpetrator(
            Perpetrator.builder()
                .party(PartyId.of(party))
                .attribution(Attribution.ATTRIBUTED)
                .addSource(s)
                .build())
        .weapon(WeaponType.DRONE)
        .casualties(
            Casualties.of(
                CasualtyRevision.builder()
                    .date(d)
                    .killed(Estimate.exact(killed))
                    .injured(Estimate.exact(injured))
                    .addSource(s)
                    .build()))
        .build();
  }
}
