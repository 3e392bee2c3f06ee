package dev.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.estimate.Estimate;
import dev.parley.testing.ExchangeGen;
import dev.parley.testing.Laws;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FulfilmentTimelineTest {
  @Test
  void equalsFulfilmentComputedFromScratchOnEveryDay() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(8))
        .checkAssert(
            (a, tranches) -> {
              FulfilmentTimeline timeline = FulfilmentTimeline.of(a, tranches);
              LocalDate first =
                  tranches.stream()
                      .map(e -> e.date().start())
                      .min(LocalDate::compareTo)
                      .orElse(ExchangeGen.AGREED);
              LocalDate last =
                  tranches.stream()
                      .map(e -> e.date().end())
                      .max(LocalDate::compareTo)
                      .orElse(ExchangeGen.AGREED);
              for (LocalDate day = first.minusDays(2);
                  !day.isAfter(last.plusDays(2));
                  day = day.plusDays(1)) {
                assertThat(timeline.at(day))
                    .as("as of %s", day)
                    .isEqualTo(Fulfilment.of(a, tranches, day));
              }
              assertThat(timeline.at(LocalDate.MAX)).isEqualTo(Fulfilment.of(a, tranches));
              assertThat(timeline.changes()).isSorted().doesNotHaveDuplicates();
            });
  }

  @Test
  void seedTrancheCountsFromItsDay() {
    FulfilmentTimeline timeline =
        FulfilmentTimeline.of(
            SeedExchange.THOUSAND_FOR_THOUSAND, List.of(SeedExchange.FIRST_TRANCHE));
    assertThat(timeline.changes()).containsExactly(SeedExchange.FRIDAY);
    assertThat(timeline.at(SeedExchange.FRIDAY.minusDays(1)).released(SeedExchange.RU))
        .isEqualTo(Estimate.exact(0));
    assertThat(timeline.at(SeedExchange.FRIDAY).released(SeedExchange.RU))
        .isEqualTo(Estimate.exact(390));
    assertThat(timeline.at(SeedExchange.FRIDAY).asOf()).isEqualTo(SeedExchange.FRIDAY);
    assertThat(timeline.at(SeedExchange.FRIDAY.plusDays(9)).asOf())
        .isEqualTo(SeedExchange.FRIDAY.plusDays(9));
  }

  @Test
  void rejectsNullArguments() {
    dev.parley.testing.ValueContract.nullTester()
        .testAllPublicStaticMethods(FulfilmentTimeline.class);
    dev.parley.testing.ValueContract.nullTester()
        .testAllPublicInstanceMethods(
            FulfilmentTimeline.of(
                SeedExchange.THOUSAND_FOR_THOUSAND, List.of(SeedExchange.FIRST_TRANCHE)));
  }
}
