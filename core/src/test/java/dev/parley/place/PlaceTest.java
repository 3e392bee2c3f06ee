package dev.parley.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.testing.VocabularyGen;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {
  private static final CountryCode UA = CountryCode.of("UA");

  @Test
  void buildsRakivkaInTheKharkivRegion() {
    Place rakivka =
        Place.builder()
            .id(PlaceId.of("ua:rakivka"))
            .name("Rakivka")
            .country(UA)
            .region(RegionCode.parse("UA-63"))
            .precision(LocationPrecision.SETTLEMENT)
            .build();
    assertThat(rakivka.region().get().country()).isEqualTo(UA);
    assertThat(rakivka.precision().acledGeoPrecision()).isEqualTo(OptionalInt.of(1));
    assertThat(UA.displayName()).isEqualTo("Ukraine");
    assertThat(RegionCode.parse("RU-KRS").country()).isEqualTo(CountryCode.of("RU"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ua", "UKR", "XX", "", "U"})
  void rejectsUnknownCountryCodes(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("COUNTRY_CODE_UNKNOWN");
              assertThat(e.getMessage()).contains("\"" + code + "\"");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"UA63", "UA-", "UA-6311", "ua-63", "UA_63", "UA-6-3"})
  void rejectsMalformedRegionCodes(String code) {
    assertThatThrownBy(() -> RegionCode.parse(code))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("REGION_CODE_FORMAT"));
  }

  @Test
  void rejectsRegionOfUnknownCountry() {
    assertThatThrownBy(() -> RegionCode.parse("XX-12"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("REGION_COUNTRY_UNKNOWN"));
  }

  @Test
  void rejectsOutOfRangeCoordinatesNamingBoth() {
    assertThatThrownBy(() -> Coordinates.of(91.0, 200.0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes())
                  .containsExactly("PLACE_LATITUDE_RANGE", "PLACE_LONGITUDE_RANGE");
              assertThat(e.violations().get(0).message())
                  .isEqualTo("latitude must be within [-90, 90], was 91.0");
              assertThat(e.violations().get(1).message())
                  .isEqualTo("longitude must be within [-180, 180], was 200.0");
            });
    assertThatThrownBy(() -> Coordinates.of(Double.NaN, Double.POSITIVE_INFINITY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.ruleCodes())
                    .containsExactly("PLACE_LATITUDE_RANGE", "PLACE_LONGITUDE_RANGE"));
    assertThat(Coordinates.of(-90, 180)).isEqualTo(Coordinates.of(-90.0, 180.0));
    assertThat(Coordinates.of(46.4936, 30.7395).toString()).isEqualTo("(46.4936, 30.7395)");
  }

  @Test
  void rejectsRegionOutsideCountryAndBlankNameTogether() {
    assertThatThrownBy(
            () ->
                Place.builder()
                    .id(PlaceId.of("x"))
                    .name("")
                    .country(CountryCode.of("RU"))
                    .region(RegionCode.parse("UA-63"))
                    .precision(LocationPrecision.REGION)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes())
                  .containsExactly("PLACE_NAME_BLANK", "PLACE_REGION_COUNTRY_MISMATCH");
              assertThat(e.violations().get(1).message())
                  .isEqualTo("region UA-63 is not in country RU");
            });
  }

  @Test
  void regionPrecisionNeedsARegion() {
    assertThatThrownBy(
            () ->
                Place.builder()
                    .id(PlaceId.of("ua:kharkiv-oblast"))
                    .name("Kharkiv region")
                    .country(UA)
                    .precision(LocationPrecision.REGION)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("PLACE_REGION_MISSING"));
  }

  @Test
  void mapsPrecisionToAcledAndUcdp() {
    assertThat(LocationPrecision.NEAR_SETTLEMENT.acledGeoPrecision()).hasValue(2);
    assertThat(LocationPrecision.REGION.acledGeoPrecision()).hasValue(3);
    assertThat(LocationPrecision.COUNTRY.acledGeoPrecision()).isEmpty();
    assertThat(LocationPrecision.REGION.ucdpWherePrecision()).isEqualTo(4);
    assertThat(LocationPrecision.COUNTRY.ucdpWherePrecision()).isEqualTo(6);
    for (LocationPrecision p : LocationPrecision.values()) {
      p.acledGeoPrecision()
          .ifPresent(code -> assertThat(LocationPrecision.fromAcled(code)).isEqualTo(p));
    }
    assertThatThrownBy(() -> LocationPrecision.fromAcled(0))
        .hasMessage("ACLED geo_precision must be 1, 2 or 3, was 0");
    assertThatThrownBy(() -> LocationPrecision.fromAcled(4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedPlacesRebuildEqualAndCopiesKeepInvariants() {
    Laws.qt()
        .forAll(VocabularyGen.places(), VocabularyGen.countries())
        .checkAssert(
            (p, other) -> {
              assertThat(Place.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
              if (p.region().isPresent() && !other.equals(p.country())) {
                assertThatThrownBy(() -> p.withCountry(other))
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.ruleCodes()).contains("PLACE_REGION_COUNTRY_MISMATCH"));
              } else {
                assertThat(p.withCountry(other).country()).isEqualTo(other);
              }
            });
  }

  @Test
  void valueContracts() {
    Place p =
        Place.builder()
            .id(PlaceId.of("by"))
            .name("Belarus")
            .country(CountryCode.of("BY"))
            .precision(LocationPrecision.COUNTRY)
            .build();
    ValueContract.check(
        Place.class,
        List.of(p, Place.builder().from(p).build()),
        List.of(p.withName("Belarus (country)")));
    ValueContract.check(
        CountryCode.class, List.of(UA, CountryCode.of("UA")), List.of(CountryCode.of("RU")));
    ValueContract.check(
        RegionCode.class,
        List.of(RegionCode.parse("UA-63"), RegionCode.parse("UA-63")),
        List.of(RegionCode.parse("UA-51")));
    ValueContract.check(
        Coordinates.class,
        List.of(Coordinates.of(1, 2), Coordinates.of(1, 2)),
        List.of(Coordinates.of(2, 1)));
    ValueContract.check(
        PlaceId.class, List.of(PlaceId.of("a"), PlaceId.of("a")), List.of(PlaceId.of("b")));
  }
}
