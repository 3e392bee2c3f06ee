package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Fulfilment;
import dev.parley.incident.Incident;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.territory.ControlIndex;
import dev.parley.territory.TerritorialClaim;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import dev.parley.validation.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The laws of a chronicle on generated chronicles: validation does not depend on the order things
 * were added in, merging is associative, and every query answers what a scan of all records
 * answers.
 */
class ChronicleLawsTest {
  private static final Comparator<ChronicleRecord> STORY_ORDER =
      Comparator.comparing(ChronicleRecord::recordDate).thenComparing(ChronicleRecord::id);

  // ---- the generator itself ----

  @Test
  void generatedChroniclesAreReferentiallyConsistentAndMixEveryRecordType() {
    Map<String, Integer> types = new TreeMap<>();
    Laws.qt()
        .forAll(ChronicleGen.chronicles())
        .checkAssert(
            c -> {
              assertThat(c.validate().findings())
                  .extracting(Finding::rule)
                  .noneMatch(r -> r.startsWith("CHRONICLE_"));
              c.records().forEach(r -> types.merge(r.recordType().token(), 1, Integer::sum));
            });
    assertThat(types)
        .containsOnlyKeys(
            "agreement",
            "exchange",
            "negotiationRound",
            "ceasefireProposal",
            "territorialClaim",
            "assessment",
            "incident",
            "truce");
  }

  @Test
  void plantedDefectsAreReportedAsChronicleFindings() {
    Chronicle clean = ChronicleGen.chronicle(7, 20);
    Chronicle planted =
        Chronicle.builder()
            .addAllParties(clean.parties())
            .addAllPlaces(clean.places())
            .addAllRecords(clean.records())
            .addRecords(ChronicleGen.danglingIncident(3), ChronicleGen.danglingExchange(4))
            .build();
    assertThat(planted.validate().findings())
        .extracting(Finding::rule)
        .contains(
            "CHRONICLE_DANGLING_PLACE", "CHRONICLE_DANGLING_PARTY", "CHRONICLE_DANGLING_RECORD");
  }

  // ---- validation ----

  @Test
  void findingsDoNotDependOnInsertionOrder() {
    Laws.qt()
        .forAll(ChronicleGen.defective(), longs().all())
        .checkAssert(
            (c, seed) ->
                assertThat(ChronicleGen.shuffled(c, seed).validate()).isEqualTo(c.validate()));
  }

  @Test
  void findingsOfConsistentChroniclesDoNotDependOnInsertionOrder() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(), longs().all())
        .checkAssert(
            (c, seed) ->
                assertThat(ChronicleGen.shuffled(c, seed).validate()).isEqualTo(c.validate()));
  }

  // ---- merge ----

  @Test
  void mergeIsAssociative() {
    Laws.qt()
        .forAll(
            ChronicleGen.chronicles(15), ChronicleGen.chronicles(15), ChronicleGen.chronicles(15))
        .checkAssert(
            (a, b, c) ->
                assertThat(a.merge(b).chronicle().merge(c).chronicle())
                    .isEqualTo(a.merge(b.merge(c).chronicle()).chronicle()));
  }

  @Test
  void mergeKeepsEveryIdAndTheLaterRevision() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(15), ChronicleGen.chronicles(15))
        .checkAssert(
            (a, b) -> {
              Chronicle m = a.merge(b).chronicle();
              for (ChronicleRecord r : a.records()) {
                assertThat(m.record(r.id())).contains(b.record(r.id()).orElse(r));
              }
              for (ChronicleRecord r : b.records()) {
                assertThat(m.record(r.id())).contains(r);
              }
              assertThat(m.records())
                  .hasSize(
                      (int)
                              a.records().stream()
                                  .map(ChronicleRecord::id)
                                  .filter(id -> b.record(id).isEmpty())
                                  .count()
                          + b.records().size());
            });
  }

  // ---- queries against brute-force scans ----

  @Test
  void involvingEqualsAScan() {
    Laws.qt()
        .forAll(
            ChronicleGen.chronicles(), Generate.pick(ChronicleGen.PARTIES), ChronicleGen.periods())
        .checkAssert(
            (c, party, period) ->
                assertThat(c.involving(party.id(), period))
                    .containsExactlyElementsOf(scanInvolving(c, party.id(), period)));
  }

  private static List<ChronicleRecord> scanInvolving(
      Chronicle c, PartyId party, ReportedDate period) {
    Map<PartyId, PartyId> actingFor = new LinkedHashMap<>();
    for (Party p : c.parties()) {
      p.actingFor().ifPresent(a -> actingFor.put(p.id(), a));
    }
    List<ChronicleRecord> out = new ArrayList<>();
    for (ChronicleRecord r : c.records()) {
      boolean involved =
          r.referencedParties().stream()
              .anyMatch(p -> p.equals(party) || party.equals(actingFor.get(p)));
      boolean overlaps =
          !r.recordDate().end().isBefore(period.start())
              && !r.recordDate().start().isAfter(period.end());
      if (involved && overlaps) {
        out.add(r);
      }
    }
    out.sort(STORY_ORDER);
    return out;
  }

  @Test
  void casualtiesEqualAScanAndKeepLowBestAndHigh() {
    Laws.qt()
        .forAll(
            ChronicleGen.chronicles(),
            ChronicleGen.periods(),
            Generate.pick(ChronicleGen.REGIONS).toOptionals(70))
        .checkAssert(
            (c, period, region) -> {
              CasualtySummary s =
                  region
                      .map(r -> c.incidents().casualties(period, r))
                      .orElseGet(() -> c.incidents().casualties(period));
              List<Incident> counted = new ArrayList<>();
              for (Incident i : c.records(Incident.class)) {
                boolean overlaps =
                    !i.date().end().isBefore(period.start())
                        && !i.date().start().isAfter(period.end());
                Optional<RegionCode> at =
                    c.places().stream()
                        .filter(p -> p.id().equals(i.place()))
                        .findFirst()
                        .flatMap(Place::region);
                if (overlaps && (region.isEmpty() || at.equals(region))) {
                  counted.add(i);
                }
              }
              counted.sort(STORY_ORDER);
              assertThat(s.incidents())
                  .containsExactlyElementsOf(counted.stream().map(Incident::id).toList());
              assertThat(s.killed())
                  .isEqualTo(sum(counted.stream().map(Incident::killed).toList()));
              assertThat(s.injured())
                  .isEqualTo(sum(counted.stream().map(Incident::injured).toList()));
              long lows = counted.stream().mapToLong(i -> i.killed().low().orElse(0)).sum();
              if (s.killed().isKnown()) {
                assertThat(s.killed().lowerBound()).isEqualTo(lows);
              }
            });
  }

  private static Estimate sum(List<Estimate> estimates) {
    // summed in reverse, so that the law also shows the sum does not depend on the order of terms
    Estimate total = Estimate.exact(0);
    for (int i = estimates.size() - 1; i >= 0; i--) {
      total = estimates.get(i).plus(total);
    }
    return total;
  }

  @Test
  void fulfilmentEqualsAScan() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(), integers().between(0, 40), ChronicleGen.days())
        .checkAssert(
            (c, n, day) -> {
              RecordId id = RecordId.of("agreement:" + n);
              Optional<Agreement> agreement = c.record(id, Agreement.class);
              Optional<Fulfilment> expected =
                  agreement.map(a -> Fulfilment.of(a, c.records(Exchange.class), day));
              assertThat(c.exchanges().fulfilment(id, day)).isEqualTo(expected);
            });
  }

  @Test
  void proposalsAtEqualAScan() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(), ChronicleGen.instants())
        .checkAssert(
            (c, at) -> {
              List<CeasefireProposal> made = new ArrayList<>();
              for (CeasefireProposal p : c.records(CeasefireProposal.class)) {
                if (p.statusAt(at).isPresent()) {
                  made.add(p);
                }
              }
              made.sort(STORY_ORDER);
              Map<CeasefireProposal, CeasefireStatus> answer = c.ceasefires().statusesAt(at);
              assertThat(new ArrayList<>(answer.keySet())).containsExactlyElementsOf(made);
              for (CeasefireProposal p : made) {
                assertThat(answer.get(p)).isEqualTo(p.statusAt(at).get());
                assertThat(c.ceasefires().status(p.id(), at)).isEqualTo(p.statusAt(at));
              }
            });
  }

  /** The order of claims about nested ground: by date, a claim on a place last, then by id. */
  private static final Comparator<TerritorialClaim> NESTED =
      Comparator.comparing(TerritorialClaim::asOf, ControlIndex.chronological())
          .thenComparing(t -> t.subject().place().isPresent())
          .thenComparing(TerritorialClaim::id);

  /** The region of each place as the chronicle says it, the last place of an id counting. */
  private static Map<PlaceId, Optional<RegionCode>> regions(Chronicle c) {
    Map<PlaceId, Optional<RegionCode>> regions = new java.util.HashMap<>();
    c.places().forEach(p -> regions.put(p.id(), p.region()));
    return regions;
  }

  @Test
  void claimsAsOfEqualAScanOfThePlaceAndItsRegion() {
    Laws.qt()
        .forAll(
            ChronicleGen.chronicles(), Generate.pick(ChronicleGen.placeIds()), ChronicleGen.days())
        .checkAssert(
            (c, place, day) -> {
              ControlIndex index = c.territory();
              Optional<RegionCode> region = regions(c).getOrDefault(place, Optional.empty());
              Map<PartyId, TerritorialClaim> latest = new TreeMap<>();
              Map<PartyId, TerritorialClaim> exact = new TreeMap<>();
              for (TerritorialClaim t : c.records(TerritorialClaim.class)) {
                boolean own = t.subject().place().equals(Optional.of(place));
                boolean onRegion = region.isPresent() && t.subject().region().equals(region);
                if ((own || onRegion) && !t.asOf().end().isAfter(day)) {
                  latest.merge(t.claimant(), t, (x, y) -> NESTED.compare(x, y) >= 0 ? x : y);
                  if (own) {
                    exact.merge(t.claimant(), t, (x, y) -> NESTED.compare(x, y) >= 0 ? x : y);
                  }
                }
              }
              assertThat(index.claimsAsOf(place, day)).containsExactlyEntriesOf(latest);
              assertThat(index.exactClaimsAsOf(place, day)).containsExactlyEntriesOf(exact);
            });
  }

  @Test
  void regionClaimsAsOfEqualAScanOfTheRegionAndThePlacesWithinIt() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(), Generate.pick(ChronicleGen.REGIONS), ChronicleGen.days())
        .checkAssert(
            (c, region, day) -> {
              Map<PlaceId, Optional<RegionCode>> regions = regions(c);
              Map<PartyId, TerritorialClaim> latest = new TreeMap<>();
              Map<PartyId, TerritorialClaim> exact = new TreeMap<>();
              for (TerritorialClaim t : c.records(TerritorialClaim.class)) {
                boolean own = t.subject().region().equals(Optional.of(region));
                boolean within =
                    t.subject().place().isPresent()
                        && regions
                            .getOrDefault(t.subject().place().get(), Optional.empty())
                            .equals(Optional.of(region));
                if ((own || within) && !t.asOf().end().isAfter(day)) {
                  latest.merge(t.claimant(), t, (x, y) -> NESTED.compare(x, y) >= 0 ? x : y);
                  if (own) {
                    exact.merge(t.claimant(), t, (x, y) -> NESTED.compare(x, y) >= 0 ? x : y);
                  }
                }
              }
              assertThat(c.territory().claimsAsOf(region, day)).containsExactlyEntriesOf(latest);
              assertThat(c.territory().exactClaimsAsOf(region, day))
                  .containsExactlyEntriesOf(exact);
            });
  }

  @Test
  void controlHistoryHoldsEveryClaimAndAssessmentOfAPlace() {
    Laws.qt()
        .forAll(ChronicleGen.chronicles(), Generate.pick(ChronicleGen.placeIds()))
        .checkAssert(
            (c, place) -> {
              List<RecordId> scanned = new ArrayList<>();
              for (TerritorialClaim t : c.records(TerritorialClaim.class)) {
                if (t.subject().place().equals(Optional.of(place))) {
                  scanned.add(t.id());
                }
              }
              for (dev.parley.territory.Assessment a :
                  c.records(dev.parley.territory.Assessment.class)) {
                Optional<PlaceId> about =
                    a.place()
                        .or(
                            () ->
                                a.claim()
                                    .flatMap(id -> c.record(id, TerritorialClaim.class))
                                    .flatMap(t -> t.subject().place()));
                if (about.equals(Optional.of(place))) {
                  scanned.add(a.id());
                }
              }
              assertThat(
                      c.territory().history(place).stream()
                          .map(e -> e.id())
                          .collect(Collectors.toList()))
                  .containsExactlyInAnyOrderElementsOf(scanned);
            });
  }

  // ---- value contracts ----

  @Test
  void chronicleEqualityIsByContentAndEveryMethodRejectsNull() {
    Chronicle c = ChronicleGen.chronicle(11, 12);
    Chronicle other = ChronicleGen.chronicle(12, 12);
    ValueContract.setDefault(Chronicle.class, Chronicle.empty());
    ValueContract.check(
        Chronicle.class,
        List.of(c, ChronicleGen.shuffled(c, 1), Chronicle.empty().merge(c).chronicle()),
        List.of(other),
        List.of(Chronicle.empty()));
  }

  @Test
  void casualtySummaryIsAValue() {
    RecordId a = RecordId.of("incident:a");
    ValueContract.check(
        CasualtySummary.class,
        List.of(
            CasualtySummary.of(List.of(a), Estimate.exact(1), Estimate.unknown()),
            CasualtySummary.of(List.of(a), Estimate.exact(1), Estimate.unknown())),
        List.of(CasualtySummary.of(List.of(), Estimate.exact(0), Estimate.exact(0))));
  }
}
