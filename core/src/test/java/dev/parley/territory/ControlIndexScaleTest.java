package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** The index answers over hundreds of thousands of claims without scanning them per query. */
class ControlIndexScaleTest {
  private static final int PLACES = 20_000;
  private static final int CLAIMS = 200_000;
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Test
  void answersTwentyThousandQueriesOverTwoHundredThousandClaimsQuickly() {
    PartyId[] sides = {PartyId.of("ru"), PartyId.of("ua")};
    List<TerritorialClaim> claims = new ArrayList<>(CLAIMS);
    List<Assessment> assessments = new ArrayList<>();
    PlaceId[] places = new PlaceId[PLACES];
    for (int p = 0; p < PLACES; p++) {
      places[p] = PlaceId.of("p:" + p);
    }
    for (int i = 0; i < CLAIMS; i++) {
      PlaceId place = places[i % PLACES];
      int round = i / PLACES;
      PartyId claimant = sides[(i + round) % 2];
      claims.add(
          TerritorialClaim.builder()
              .id(RecordId.of("claim:" + i))
              .claimant(claimant)
              .subject(ClaimSubject.place(place))
              .kind(round % 3 == 2 ? ClaimKind.WITHDREW : ClaimKind.CAPTURED)
              .means(ClaimMeans.ARMED)
              .asOf(ReportedDate.ofDay(START.plusDays(10L * round)))
              .build());
      if (round == 9) {
        assessments.add(
            Assessment.builder()
                .id(RecordId.of("assessment:" + i))
                .assessor(PartyId.of("isw"))
                .assessorKind(AssessorKind.RESEARCH_GROUP)
                .place(place)
                .status(AssessmentStatus.CONFIRMED)
                .controller(Controller.party(claimant))
                .date(ReportedDate.ofDay(START.plusDays(95)))
                .build());
      }
    }
    ControlIndex index = ControlIndex.of(claims, assessments);

    long began = System.nanoTime();
    int answered = 0;
    for (int q = 0; q < 20_000; q++) {
      PlaceId place = places[q * 7919 % PLACES];
      LocalDate day = START.plusDays(q % 120);
      Map<PartyId, TerritorialClaim> latest = index.claimsAsOf(place, day);
      int rounds = (int) Math.min(10, (day.toEpochDay() - START.toEpochDay()) / 10 + 1);
      assertThat(latest).hasSize(Math.min(rounds, 2));
      index.latestController(place, day);
      answered++;
    }
    Duration queries = Duration.ofNanos(System.nanoTime() - began);

    // Day 10: both sides have captured every place; day 20: the first captor has withdrawn.
    SortedSet<PlaceId> contested = index.contestedPlaces(START.plusDays(10));
    assertThat(contested).hasSize(PLACES);
    assertThat(index.contestedPlaces(START.plusDays(20))).isEmpty();
    assertThat(
            index
                .latestController(PlaceId.of("p:0"), START.plusDays(95))
                .flatMap(Controller::party))
        .contains(sides[(9 * PLACES + 9) % 2]);
    assertThat(answered).isEqualTo(20_000);
    // A scan of every claim per query would take minutes; binary searches take milliseconds.
    assertThat(queries).isLessThan(Duration.ofSeconds(10));
  }
}
