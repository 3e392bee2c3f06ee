package dev.parley.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.testing.VocabularyGen;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void odesaStrikeToll() {
    Estimate killed = Estimate.exact(1);
    Estimate injured = Estimate.exact(8);
    assertThat(killed.plus(injured)).isEqualTo(Estimate.exact(9));
    assertThat(killed.toString()).isEqualTo("1");
  }

  @Test
  void smallExactFiguresAreSharedAndEqualToLargeOnes() {
    assertThat(Estimate.exact(0)).isSameAs(Estimate.exact(0));
    assertThat(Estimate.exact(1023)).isSameAs(Estimate.exact(1023));
    assertThat(Estimate.exact(1024))
        .isNotSameAs(Estimate.exact(1024))
        .isEqualTo(Estimate.exact(1024));
    assertThat(Estimate.exact(7).low()).hasValue(7);
    assertThat(Estimate.exact(7).high()).hasValue(7);
    assertThat(Estimate.exact(1022).plus(Estimate.exact(1))).isSameAs(Estimate.exact(1023));
    assertThatThrownBy(() -> Estimate.exact(-1)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void unknownIsNeverZero() {
    assertThat(Estimate.unknown()).isNotEqualTo(Estimate.exact(0));
    assertThat(Estimate.unknown().isKnown()).isFalse();
    assertThat(Estimate.exact(0).isKnown()).isTrue();
    assertThat(Estimate.unknown().plus(Estimate.exact(3))).isEqualTo(Estimate.unknown());
    assertThat(Estimate.exact(3).plus(Estimate.unknown())).isEqualTo(Estimate.unknown());
    assertThat(Estimate.unknown().toString()).isEqualTo("unknown");
  }

  @Test
  void sumsKeepLowBestAndHighApart() {
    assertThat(Estimate.range(6, 8, 10).plus(Estimate.exact(1)))
        .isEqualTo(Estimate.range(7, 9, 11));
    assertThat(Estimate.range(6, 10).plus(Estimate.exact(1))).isEqualTo(Estimate.range(7, 11));
    assertThat(Estimate.range(6, 8, 10).plus(Estimate.range(1, 2)))
        .isEqualTo(Estimate.range(7, 12));
    assertThat(Estimate.atLeast(20).plus(Estimate.range(1, 2, 3))).isEqualTo(Estimate.atLeast(21));
    assertThat(Estimate.range(6, 8, 10).toString()).isEqualTo("6..10 (best 8)");
    assertThat(Estimate.atLeast(20).toString()).isEqualTo(">=20");
  }

  @Test
  void rejectsNegativeFigures() {
    assertThatThrownBy(() -> Estimate.exact(-3))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes()).containsExactly("ESTIMATE_NEGATIVE");
              assertThat(e.violations())
                  .singleElement()
                  .satisfies(
                      v -> {
                        assertThat(v.path()).isEqualTo("value");
                        assertThat(v.message()).isEqualTo("value must be zero or more, was -3");
                      });
            });
    assertThatThrownBy(() -> Estimate.atLeast(-1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("low"));
    assertThatThrownBy(() -> Estimate.range(0, -1, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.rule() + "@" + v.path())
                    .containsExactly("ESTIMATE_NEGATIVE@best", "ESTIMATE_RANGE_ORDER@"));
  }

  @Test
  void rejectsRangesOutOfOrder() {
    for (long[] r : new long[][] {{5, 6, 4}, {5, 4, 9}, {5, 10, 9}, {5, 5, 5}}) {
      assertThatThrownBy(() -> Estimate.range(r[0], r[1], r[2]))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.ruleCodes()).containsExactly("ESTIMATE_RANGE_ORDER"));
    }
    assertThatThrownBy(() -> Estimate.range(-1, -2))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.ruleCodes())
                    .containsExactly("ESTIMATE_NEGATIVE", "ESTIMATE_RANGE_ORDER"));
  }

  /** The ICRC's figure for the Yemen exchange of 14-16 April 2023: "nearly 900" detainees. */
  @Test
  void aboutNineHundredIsApproximateWithNoInventedBounds() {
    Estimate nearly900 = Estimate.about(900);
    assertThat(nearly900.kind()).isEqualTo(EstimateKind.APPROXIMATE);
    assertThat(nearly900.isApproximate()).isTrue();
    assertThat(nearly900.isKnown()).isTrue();
    assertThat(nearly900.best()).hasValue(900);
    assertThat(nearly900.low()).isEmpty();
    assertThat(nearly900.high()).isEmpty();
    assertThat(nearly900.lowerBound()).isZero();
    assertThat(nearly900).isNotEqualTo(Estimate.exact(900)).hasToString("~900");
    assertThat(Estimate.about(892, 5)).hasToString("~892 (>=5)");
    assertThat(Estimate.about(900, 0)).isEqualTo(nearly900);
  }

  @Test
  void sumsWithAnApproximatePartAreApproximateOrAtLeast() {
    // about + exact = about, keeping the exact part as a firm lower bound
    assertThat(Estimate.about(887).plus(Estimate.exact(5))).isEqualTo(Estimate.about(892, 5));
    // about + about = about
    assertThat(Estimate.about(700).plus(Estimate.about(180))).isEqualTo(Estimate.about(880));
    // about + a range with a best figure = about, at least the range's low
    assertThat(Estimate.about(10).plus(Estimate.range(6, 8, 10))).isEqualTo(Estimate.about(18, 6));
    // a part with no best figure: only the firm lower bound is left
    assertThat(Estimate.about(10).plus(Estimate.atLeast(20))).isEqualTo(Estimate.atLeast(20));
    assertThat(Estimate.about(10, 4).plus(Estimate.range(6, 10))).isEqualTo(Estimate.atLeast(10));
    assertThat(Estimate.about(10).plus(Estimate.unknown())).isEqualTo(Estimate.unknown());
  }

  @Test
  void rejectsNegativeOrMisorderedApproximateFigures() {
    assertThatThrownBy(() -> Estimate.about(-3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ESTIMATE_NEGATIVE")
        .hasMessageContaining("value must be zero or more, was -3");
    assertThatThrownBy(() -> Estimate.about(5, 9))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ESTIMATE_RANGE_ORDER")
        .hasMessageContaining("~5 (>=9)");
  }

  @Test
  void additionIsCommutativeAndAssociativeAndBoundsAdd() {
    Laws.qt()
        .forAll(VocabularyGen.estimates(), VocabularyGen.estimates(), VocabularyGen.estimates())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              Estimate sum = a.plus(b);
              assertThat(sum.isKnown()).isEqualTo(a.isKnown() && b.isKnown());
              if (sum.isKnown()) {
                assertThat(sum.lowerBound()).isEqualTo(a.lowerBound() + b.lowerBound());
              }
            });
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        Estimate.class,
        List.of(Estimate.exact(1), Estimate.exact(1)),
        List.of(Estimate.atLeast(1)),
        List.of(Estimate.range(1, 2)),
        List.of(Estimate.range(1, 2, 3)),
        List.of(Estimate.unknown()));
  }
}
