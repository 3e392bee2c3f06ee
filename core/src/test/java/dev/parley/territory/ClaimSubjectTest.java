package dev.parley.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.testing.Laws;
import dev.parley.testing.TerritoryGen;
import dev.parley.testing.ValueContract;
import dev.parley.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSubjectTest {
  private static final CountryCode UA = CountryCode.of("UA");

  private static List<String> codes(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.ruleCodes();
    }
    throw new AssertionError("expected an InvalidValueException");
  }

  @Test
  void seedShareIsAboutTwentyPercentOfUkraine() {
    ClaimSubject s = Seed.SHARE_CLAIM.subject();
    assertThat(s.kind()).isEqualTo(SubjectKind.SHARE);
    assertThat(s.country()).contains(UA);
    assertThat(s.percent()).contains(new BigDecimal("20"));
    assertThat(s.approximate()).isTrue();
    assertThat(s).hasToString("~20% of UA");
  }

  @Test
  void acceptsSharesUpToAndIncludingTheWholeCountry() {
    assertThat(ClaimSubject.share(UA, new BigDecimal("100")).percent())
        .contains(new BigDecimal("100"));
    assertThat(ClaimSubject.share(UA, new BigDecimal("0.01")).percent())
        .contains(new BigDecimal("0.01"));
  }

  @Test
  void rejectsSharesOutsideZeroToHundred() {
    assertThat(codes(() -> ClaimSubject.share(UA, BigDecimal.ZERO)))
        .containsExactly("TERRITORY_SHARE_RANGE");
    assertThat(codes(() -> ClaimSubject.share(UA, new BigDecimal("100.5"))))
        .containsExactly("TERRITORY_SHARE_RANGE");
    assertThatThrownBy(() -> ClaimSubject.aboutShare(UA, new BigDecimal("-3")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("within (0, 100], was -3");
  }

  @Test
  void normalisesPercentagesSoEqualSharesAreEqual() {
    ClaimSubject a = ClaimSubject.share(UA, new BigDecimal("20"));
    ClaimSubject b = ClaimSubject.share(UA, new BigDecimal("20.00"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(ClaimSubject.share(UA, new BigDecimal("100.0")).percent().get().toPlainString())
        .isEqualTo("100");
    assertThat(ClaimSubject.share(UA, new BigDecimal("18.50")).percent().get().toPlainString())
        .isEqualTo("18.5");
  }

  @Test
  void rejectsSubjectsThatAreNotExactlyOneThing() {
    assertThat(codes(() -> ClaimSubject.builder().build()))
        .containsExactly("TERRITORY_SUBJECT_SHAPE");
    assertThat(
            codes(
                () ->
                    ClaimSubject.builder()
                        .place(PlaceId.of("ua:rakivka"))
                        .region(RegionCode.parse("UA-63"))
                        .build()))
        .containsExactly("TERRITORY_SUBJECT_SHAPE");
    assertThat(codes(() -> ClaimSubject.builder().percent(BigDecimal.TEN).build()))
        .containsExactly("TERRITORY_SUBJECT_SHAPE");
    assertThat(
            codes(
                () ->
                    ClaimSubject.builder()
                        .place(PlaceId.of("ua:rakivka"))
                        .approximate(true)
                        .build()))
        .containsExactly("TERRITORY_SUBJECT_SHAPE");
    assertThat(
            codes(() -> ClaimSubject.builder().place(PlaceId.of("ua:rakivka")).country(UA).build()))
        .containsExactly("TERRITORY_SUBJECT_SHAPE");
  }

  @Test
  void namesEveryViolationAtOnce() {
    assertThat(
            codes(
                () ->
                    ClaimSubject.builder()
                        .region(RegionCode.parse("UA-63"))
                        .country(CountryCode.of("RU"))
                        .percent(new BigDecimal("150"))
                        .build()))
        .containsExactlyInAnyOrder(
            "TERRITORY_SUBJECT_SHAPE",
            "TERRITORY_SHARE_RANGE",
            "TERRITORY_SUBJECT_REGION_COUNTRY_MISMATCH");
  }

  @Test
  void rejectsRegionOutsideItsStatedCountry() {
    assertThatThrownBy(
            () ->
                ClaimSubject.builder()
                    .region(RegionCode.parse("UA-63"))
                    .country(CountryCode.of("RU"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.ruleCodes())
                    .containsExactly("TERRITORY_SUBJECT_REGION_COUNTRY_MISMATCH"))
        .hasMessageContaining("region UA-63 is not in country RU");
    ClaimSubject kharkiv =
        ClaimSubject.builder().region(RegionCode.parse("UA-63")).country(UA).build();
    assertThat(kharkiv.kind()).isEqualTo(SubjectKind.REGION);
  }

  @Test
  void everyGeneratedSubjectHasOneKind() {
    Laws.qt()
        .forAll(TerritoryGen.subjects())
        .checkAssert(
            s -> {
              switch (s.kind()) {
                case PLACE:
                  assertThat(s.place()).isPresent();
                  assertThat(s.region().isPresent() || s.percent().isPresent()).isFalse();
                  break;
                case REGION:
                  assertThat(s.region()).isPresent();
                  assertThat(s.percent()).isEmpty();
                  break;
                default:
                  assertThat(s.country()).isPresent();
                  assertThat(s.percent().get().signum()).isPositive();
              }
            });
  }

  @Test
  void honoursTheValueContract() {
    ValueContract.check(
        ClaimSubject.class,
        List.of(
            ClaimSubject.place(PlaceId.of("ua:rakivka")),
            ClaimSubject.place(PlaceId.of("ua:rakivka"))),
        List.of(ClaimSubject.region(RegionCode.parse("UA-63"))),
        List.of(
            ClaimSubject.share(UA, new BigDecimal("20")),
            ClaimSubject.share(UA, new BigDecimal("20.0"))),
        List.of(ClaimSubject.aboutShare(UA, new BigDecimal("20"))));
  }
}
