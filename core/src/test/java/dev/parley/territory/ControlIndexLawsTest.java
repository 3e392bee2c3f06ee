package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.testing.Laws;
import dev.parley.testing.TerritoryGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The as-of queries of {@link ControlIndex} against brute-force scans of random histories. */
class ControlIndexLawsTest {
  /** A random history, a day, and a claim and an assessment dated wholly after that day. */
  private static final class Case {
    final List<TerritorialClaim> claims;
    final List<Assessment> assessments;
    final LocalDate day;
    final TerritorialClaim laterClaim;
    final Assessment laterAssessment;

    Case(
        List<TerritorialClaim> claims,
        List<Assessment> assessments,
        LocalDate day,
        TerritorialClaim laterClaim,
        Assessment laterAssessment) {
      this.claims = claims;
      this.assessments = assessments;
      this.day = day;
      this.laterClaim = laterClaim;
      this.laterAssessment = laterAssessment;
    }

    @Override
    public String toString() {
      return "day "
          + day
          + "\nclaims "
          + claims
          + "\nassessments "
          + assessments
          + "\nlater "
          + laterClaim
          + "\n      "
          + laterAssessment;
    }
  }

  private static Gen<Case> cases() {
    return TerritoryGen.claimHistories()
        .zip(
            TerritoryGen.assessmentHistories(),
            TerritoryGen.days(),
            TerritoryGen.historyClaims(),
            TerritoryGen.historyAssessments(),
            (claims, assessments, day, extraClaim, extraAssessment) ->
                new Case(
                    claims,
                    assessments,
                    day,
                    extraClaim.withId(RecordId.of("claim:later")),
                    extraAssessment.withId(RecordId.of("assessment:later"))))
        .flatMap(
            c ->
                TerritoryGen.datesAfter(c.day)
                    .zip(
                        TerritoryGen.datesAfter(c.day),
                        (d1, d2) ->
                            new Case(
                                c.claims,
                                c.assessments,
                                c.day,
                                c.laterClaim.withAsOf(d1),
                                c.laterAssessment.withDate(d2))));
  }

  private static final Comparator<TerritorialClaim> LATEST =
      Comparator.<TerritorialClaim, LocalDate>comparing(c -> c.asOf().end())
          .thenComparing(c -> c.asOf().start())
          .thenComparing(c -> c.asOf().precision())
          .thenComparing(TerritorialClaim::id);

  private static Map<PartyId, TerritorialClaim> bruteClaimsAsOf(
      List<TerritorialClaim> claims, PlaceId place, LocalDate day) {
    Map<PartyId, TerritorialClaim> out = new HashMap<>();
    for (TerritorialClaim c : claims) {
      if (c.subject().place().equals(Optional.of(place)) && !c.asOf().end().isAfter(day)) {
        out.merge(c.claimant(), c, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
      }
    }
    return out;
  }

  private static Optional<Controller> bruteLatestController(
      List<TerritorialClaim> claims, List<Assessment> assessments, PlaceId place, LocalDate day) {
    Map<RecordId, TerritorialClaim> byId =
        claims.stream().collect(Collectors.toMap(TerritorialClaim::id, c -> c));
    Assessment best = null;
    for (Assessment a : assessments) {
      Optional<TerritorialClaim> judged = a.claim().map(byId::get);
      Optional<PlaceId> where = a.place().or(() -> judged.flatMap(c -> c.subject().place()));
      boolean selfConfirmed =
          a.status() == AssessmentStatus.CONFIRMED
              && judged.map(c -> c.claimant().equals(a.assessor())).orElse(false);
      if (where.equals(Optional.of(place)) && !selfConfirmed && !a.date().end().isAfter(day)) {
        if (best == null || later(a, best)) {
          best = a;
        }
      }
    }
    return Optional.ofNullable(best).map(Assessment::controller);
  }

  private static boolean later(Assessment a, Assessment b) {
    int c = a.date().end().compareTo(b.date().end());
    if (c == 0) {
      c = a.date().start().compareTo(b.date().start());
    }
    if (c == 0) {
      c = a.date().precision().compareTo(b.date().precision());
    }
    return c != 0 ? c > 0 : a.id().compareTo(b.id()) > 0;
  }

  @Test
  void claimsAsOfEqualsABruteForceScan() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex index = ControlIndex.of(k.claims, k.assessments);
              for (PlaceId place : TerritoryGen.PLACES) {
                assertThat(index.claimsAsOf(place, k.day))
                    .isEqualTo(bruteClaimsAsOf(k.claims, place, k.day));
              }
            });
  }

  @Test
  void latestControllerEqualsABruteForceScan() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex index = ControlIndex.of(k.claims, k.assessments);
              for (PlaceId place : TerritoryGen.PLACES) {
                assertThat(index.latestController(place, k.day))
                    .isEqualTo(bruteLatestController(k.claims, k.assessments, place, k.day));
              }
            });
  }

  @Test
  void contestedPlacesEqualsAPerPlaceScan() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex index = ControlIndex.of(k.claims, k.assessments);
              List<PlaceId> expected = new ArrayList<>();
              for (PlaceId place : TerritoryGen.PLACES) {
                Map<PartyId, TerritorialClaim> latest = bruteClaimsAsOf(k.claims, place, k.day);
                long controlling =
                    latest.values().stream().filter(TerritorialClaim::assertsControl).count();
                boolean judgedAgainst =
                    latest.values().stream()
                        .map(c -> index.claimStatus(c.id(), k.day))
                        .anyMatch(
                            s -> s == AssessmentStatus.DENIED || s == AssessmentStatus.CONTESTED);
                if (controlling >= 2 || judgedAgainst) {
                  expected.add(place);
                }
              }
              assertThat(index.contestedPlaces(k.day))
                  .containsExactlyInAnyOrderElementsOf(expected);
            });
  }

  @Test
  void theCertainReadingIsAmongThePossibleOnes() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex index = ControlIndex.of(k.claims, k.assessments);
              for (TerritorialClaim c : k.claims) {
                assertThat(index.possibleClaimStatuses(c.id(), k.day))
                    .isNotEmpty()
                    .contains(index.claimStatus(c.id(), k.day));
              }
              for (PlaceId place : TerritoryGen.PLACES) {
                if (index.isContested(place, k.day)) {
                  assertThat(index.isPossiblyContested(place, k.day)).isTrue();
                }
                index
                    .claimsAsOf(place, k.day)
                    .forEach(
                        (claimant, c) ->
                            assertThat(index.possibleClaimsAsOf(place, k.day).get(claimant))
                                .contains(c));
              }
            });
  }

  @Test
  void aClaimDatedAfterADayNeverChangesTheAnswerAsOfThatDay() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex before = ControlIndex.of(k.claims, k.assessments);
              List<TerritorialClaim> more = new ArrayList<>(k.claims);
              more.add(k.laterClaim);
              List<Assessment> moreAssessments = new ArrayList<>(k.assessments);
              moreAssessments.add(k.laterAssessment.withClaim(Optional.of(k.laterClaim.id())));
              ControlIndex after = ControlIndex.of(more, moreAssessments);
              assertSameAnswers(before, after, k);
            });
  }

  @Test
  void anAssessmentDatedAfterADayNeverChangesTheAnswerAsOfThatDay() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex before = ControlIndex.of(k.claims, k.assessments);
              List<Assessment> more = new ArrayList<>(k.assessments);
              more.add(k.laterAssessment);
              assertSameAnswers(before, ControlIndex.of(k.claims, more), k);
            });
  }

  private static void assertSameAnswers(ControlIndex before, ControlIndex after, Case k) {
    for (PlaceId place : TerritoryGen.PLACES) {
      assertThat(after.claimsAsOf(place, k.day)).isEqualTo(before.claimsAsOf(place, k.day));
      assertThat(after.latestController(place, k.day))
          .isEqualTo(before.latestController(place, k.day));
    }
    assertThat(after.contestedPlaces(k.day)).isEqualTo(before.contestedPlaces(k.day));
    for (TerritorialClaim c : k.claims) {
      assertThat(after.claimStatus(c.id(), k.day)).isEqualTo(before.claimStatus(c.id(), k.day));
    }
  }

  @Test
  void latestControllerIsAlwaysAnAssessedOne() {
    Laws.qt()
        .forAll(cases())
        .checkAssert(
            k -> {
              ControlIndex index = ControlIndex.of(k.claims, List.of());
              for (PlaceId place : TerritoryGen.PLACES) {
                assertThat(index.latestController(place, k.day)).isEmpty();
                assertThat(index.changesOfHands(place)).isEmpty();
              }
            });
  }
}
