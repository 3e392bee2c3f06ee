package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chronicle.Crosswalk;
import dev.parley.chronicle.EventCode;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.record.RecordId;
import dev.parley.testing.Laws;
import dev.parley.testing.TerritoryGen;
import dev.parley.testing.ValueContract;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritorialClaimTest {
  @Test
  void expressesTheSeedClaimOfRakivka() {
    TerritorialClaim c = Seed.RAKIVKA_CLAIM;
    assertThat(c.claimant()).isEqualTo(Seed.RU);
    assertThat(c.subject().place()).contains(PlaceId.of("ua:rakivka"));
    assertThat(c.kind()).isEqualTo(ClaimKind.CAPTURED);
    assertThat(c.assertsControl()).isTrue();
    assertThat(Crosswalk.code(c.kind()).map(EventCode::cameo)).contains("192");
    assertThat(c.asOf().toString()).isEqualTo("2025-05-23");
    assertThat(Seed.RAKIVKA.region()).contains(RegionCode.parse("UA-63"));
    assertThat(Seed.RAKIVKA.country()).isEqualTo(CountryCode.of("UA"));
  }

  @Test
  void placeOfAClaimKeepsItsRegionInItsCountry() {
    assertThatThrownBy(
            () ->
                Place.builder()
                    .id(PlaceId.of("ua:rakivka"))
                    .name("Rakivka")
                    .country(CountryCode.of("RU"))
                    .region(RegionCode.parse("UA-63"))
                    .precision(LocationPrecision.SETTLEMENT)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("PLACE_REGION_COUNTRY_MISMATCH"));
  }

  @Test
  void expressesTheSeedShareOfUkraine() {
    TerritorialClaim c = Seed.SHARE_CLAIM;
    assertThat(c.kind()).isEqualTo(ClaimKind.HOLDS);
    assertThat(Crosswalk.code(c.kind())).isEmpty();
    assertThat(c)
        .hasToString("claim:2025-05-23-ru-share-of-ua: ru HOLDS ~20% of UA as of 2025-05-23");
  }

  @Test
  void lossAndWithdrawalDoNotAssertControl() {
    assertThat(ClaimKind.LOST.assertsControl()).isFalse();
    assertThat(ClaimKind.WITHDREW.assertsControl()).isFalse();
    assertThat(Crosswalk.code(ClaimKind.WITHDREW).map(EventCode::cameo)).contains("0874");
    assertThat(ClaimKind.ANNEXED.assertsControl()).isTrue();
    assertThat(ClaimKind.LIBERATED.assertsControl()).isTrue();
  }

  @Test
  void generatedClaimsRoundTripThroughTheirBuilder() {
    Laws.qt()
        .forAll(TerritoryGen.claims())
        .checkAssert(
            c ->
                assertThat(TerritorialClaim.builder().from(c).build())
                    .isEqualTo(c)
                    .hasSameHashCodeAs(c));
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        TerritorialClaim.class,
        List.of(Seed.RAKIVKA_CLAIM, TerritorialClaim.builder().from(Seed.RAKIVKA_CLAIM).build()),
        List.of(Seed.RAKIVKA_CLAIM.withId(RecordId.of("claim:other"))),
        List.of(Seed.SHARE_CLAIM));
  }
}
