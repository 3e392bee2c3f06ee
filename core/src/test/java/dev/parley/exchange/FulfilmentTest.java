package dev.parley.exchange;

import static dev.parley.exchange.SeedExchange.FIRST_TRANCHE;
import static dev.parley.exchange.SeedExchange.FRIDAY;
import static dev.parley.exchange.SeedExchange.RU;
import static dev.parley.exchange.SeedExchange.THOUSAND_FOR_THOUSAND;
import static dev.parley.exchange.SeedExchange.UA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.testing.ExchangeGen;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.time.ReportedDate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FulfilmentTest {
  private static final List<PartyId> SIDES = List.of(ExchangeGen.SIDE_A, ExchangeGen.SIDE_B);

  @Test
  void seedCaseEndToEnd() {
    Fulfilment f = Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE), FRIDAY);
    assertThat(f.agreement()).isEqualTo(THOUSAND_FOR_THOUSAND.id());
    assertThat(f.tranches()).containsExactly(FIRST_TRANCHE.id());
    for (PartyId side : List.of(RU, UA)) {
      assertThat(f.released(side)).isEqualTo(Estimate.exact(390));
      assertThat(f.released(side, ReleaseCategory.MILITARY)).isEqualTo(Estimate.exact(270));
      assertThat(f.released(side, ReleaseCategory.CIVILIAN)).isEqualTo(Estimate.exact(120));
      assertThat(f.released(side, ReleaseCategory.BODIES)).isEqualTo(Estimate.exact(0));
      assertThat(f.released(side, ReleaseCategory.MINOR)).isEqualTo(Estimate.range(0, 390));
      QuotaProgress p = f.progress(side).get(0);
      assertThat(p.quota()).isEqualTo(Quota.of(side, 1000));
      assertThat(p.released()).isEqualTo(Estimate.exact(390));
      assertThat(p.remaining()).hasValue(610);
      assertThat(p.overFulfilment()).hasValue(0);
      assertThat(p.isMet()).isFalse();
      assertThat(p.isOverFulfilled()).isFalse();
    }
    assertThat(f.quotas().get(0).toString()).isEqualTo("ru: 1000: released 390, remaining 610");
    assertThat(ExchangeFindings.checkAgreement(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE)))
        .isEmpty();

    Fulfilment before =
        Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE), FRIDAY.minusDays(1));
    assertThat(before.released(RU)).isEqualTo(Estimate.exact(0));
    assertThat(before.progress(UA).get(0).remaining()).hasValue(1000);
  }

  @Test
  void announcedTranchesAreNotReleases() {
    Exchange announced =
        Exchange.builder()
            .from(FIRST_TRANCHE)
            .id(RecordId.of("exchange:2025-05-24"))
            .date(ReportedDate.parse("2025-05-24"))
            .trancheNumber(2)
            .status(ExchangeStatus.ANNOUNCED)
            .build();
    Fulfilment f = Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, announced));
    assertThat(f.released(RU)).isEqualTo(Estimate.exact(390));
    assertThat(f.tranches()).containsExactly(FIRST_TRANCHE.id());
    assertThat(f.asOf()).isEqualTo(LocalDate.MAX);
    Fulfilment done =
        Fulfilment.of(
            THOUSAND_FOR_THOUSAND,
            List.of(FIRST_TRANCHE, announced.withStatus(ExchangeStatus.COMPLETED)));
    assertThat(done.released(RU)).isEqualTo(Estimate.exact(780));
  }

  @Test
  void impreciseTrancheCountsOnlyOnceCertainlyPast() {
    Exchange sometimeThatWeek = FIRST_TRANCHE.withDate(ReportedDate.ofWeekContaining(FRIDAY));
    assertThat(Fulfilment.counts(THOUSAND_FOR_THOUSAND, sometimeThatWeek, FRIDAY)).isFalse();
    assertThat(
            Fulfilment.counts(THOUSAND_FOR_THOUSAND, sometimeThatWeek, LocalDate.of(2025, 5, 25)))
        .isTrue();
    assertThat(
            Fulfilment.counts(
                THOUSAND_FOR_THOUSAND,
                FIRST_TRANCHE.withAgreement(RecordId.of("agreement:other")),
                FRIDAY))
        .isFalse();
  }

  /**
   * "More releases over the weekend": the second and third days of the May 2025 exchange (307 each
   * on the 24th, 303 each on the 25th), recorded as one tranche of 610 each dated to the weekend.
   * As of the Saturday the tranche is possible, not certain: the answer is a range.
   */
  @Test
  void aTrancheDatedToASpanIsPossibleFromItsFirstDayAndCertainFromItsLast() {
    Exchange weekend =
        Exchange.builder()
            .from(FIRST_TRANCHE)
            .id(RecordId.of("exchange:2025-05-24/25"))
            .date(ReportedDate.parse("2025-05-24/2025-05-25"))
            .trancheNumber(2)
            .directions(
                List.of(Direction.of(RU, UA, 610), Direction.of(UA, RU, ReleaseFigure.unknown())))
            .build();
    List<Exchange> both = List.of(weekend, FIRST_TRANCHE);
    LocalDate saturday = LocalDate.of(2025, 5, 24);
    Fulfilment during = Fulfilment.of(THOUSAND_FOR_THOUSAND, both, saturday);
    assertThat(during.tranches()).containsExactly(FIRST_TRANCHE.id());
    assertThat(during.possibleTranches()).containsExactly(weekend.id());
    assertThat(during.released(RU)).isEqualTo(Estimate.range(390, 1000));
    assertThat(during.released(UA)).isEqualTo(Estimate.atLeast(390));
    assertThat(during.released(RU, ReleaseCategory.MILITARY)).isEqualTo(Estimate.range(270, 880));
    QuotaProgress ru = during.progress(RU).get(0);
    assertThat(ru.outstanding()).contains(Estimate.range(0, 610));
    assertThat(ru.remaining()).hasValue(610);
    assertThat(ru.isMet()).isFalse();
    assertThat(during.progress(UA).get(0).outstanding()).contains(Estimate.range(0, 610));
    assertThat(Fulfilment.counts(THOUSAND_FOR_THOUSAND, weekend, saturday)).isFalse();

    Fulfilment after = Fulfilment.of(THOUSAND_FOR_THOUSAND, both, saturday.plusDays(1));
    assertThat(after.possibleTranches()).isEmpty();
    assertThat(after.tranches()).containsExactly(FIRST_TRANCHE.id(), weekend.id());
    assertThat(after.released(RU)).isEqualTo(Estimate.exact(1000));
    assertThat(after.progress(RU).get(0).outstanding()).contains(Estimate.exact(0));
    assertThat(after.progress(RU).get(0).isMet()).isTrue();

    Fulfilment friday = Fulfilment.of(THOUSAND_FOR_THOUSAND, both, FRIDAY);
    assertThat(friday.possibleTranches()).isEmpty();
    assertThat(friday.released(RU)).isEqualTo(Estimate.exact(390));
    assertThat(friday.progress(RU).get(0).outstanding()).contains(Estimate.exact(610));

    FulfilmentTimeline timeline = FulfilmentTimeline.of(THOUSAND_FOR_THOUSAND, both);
    for (LocalDate day : List.of(FRIDAY, saturday, saturday.plusDays(1), saturday.plusDays(9))) {
      assertThat(timeline.at(day)).isEqualTo(Fulfilment.of(THOUSAND_FOR_THOUSAND, both, day));
    }
  }

  @Test
  void anInstantIsReadAsTheDayOfItsOwnZone() {
    Exchange weekend =
        Exchange.builder()
            .from(FIRST_TRANCHE)
            .id(RecordId.of("exchange:2025-05-24/25"))
            .date(ReportedDate.parse("2025-05-24/2025-05-25"))
            .trancheNumber(2)
            .build();
    List<Exchange> both = List.of(FIRST_TRANCHE, weekend);
    java.time.ZonedDateTime kyiv =
        java.time.ZonedDateTime.of(2025, 5, 25, 0, 30, 0, 0, java.time.ZoneId.of("Europe/Kyiv"));
    java.time.ZonedDateTime sameInstantInUtc = kyiv.withZoneSameInstant(java.time.ZoneOffset.UTC);
    assertThat(Fulfilment.of(THOUSAND_FOR_THOUSAND, both, kyiv).released(RU))
        .isEqualTo(Estimate.exact(780));
    assertThat(Fulfilment.of(THOUSAND_FOR_THOUSAND, both, sameInstantInUtc).released(RU))
        .isEqualTo(Estimate.range(390, 780));
  }

  @Test
  void unknownFiguresMakeReleasedAtLeastNotZero() {
    Exchange unknownCount =
        FIRST_TRANCHE.withDirections(
            Direction.builder()
                .releasing(RU)
                .receiving(UA)
                .addFigure(ReleaseFigure.unknown())
                .build(),
            Direction.of(UA, RU, 390));
    Fulfilment f =
        Fulfilment.of(
            THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, unknownCount.withId(RecordId.of("x"))));
    assertThat(f.released(RU)).isEqualTo(Estimate.atLeast(390));
    assertThat(f.progress(RU).get(0).remaining()).hasValue(610);
    // An unknown per-tranche count makes what remains a range, never an exact figure.
    assertThat(f.progress(RU).get(0).outstanding()).contains(Estimate.range(0, 610));
    assertThat(f.released(UA)).isEqualTo(Estimate.exact(780));
    assertThat(f.progress(UA).get(0).outstanding()).contains(Estimate.exact(220));
    Exchange ranged =
        unknownCount.withDirections(
            Direction.of(RU, UA, ReleaseFigure.builder().total(Estimate.range(300, 400)).build()));
    QuotaProgress p =
        Fulfilment.of(
                THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE, ranged.withId(RecordId.of("y"))))
            .progress(RU)
            .get(0);
    assertThat(p.outstanding()).contains(Estimate.range(210, 310));
    assertThat(Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of()).progress(RU).get(0).outstanding())
        .contains(Estimate.exact(1000));
  }

  @Test
  void categoryQuotaCountsItsCategoryAndWholeCategoryQuotaIsNotNumeric() {
    Agreement a =
        THOUSAND_FOR_THOUSAND.withQuotas(
            Quota.of(RU, 1000),
            Quota.of(UA, 1000),
            Quota.of(RU, 200, ReleaseCategory.CIVILIAN),
            Quota.all(UA, ReleaseCategory.WOUNDED_OR_SICK, "all seriously wounded"));
    Fulfilment f = Fulfilment.of(a, List.of(FIRST_TRANCHE));
    QuotaProgress civilians = f.progress(RU).get(1);
    assertThat(civilians.released()).isEqualTo(Estimate.exact(120));
    assertThat(civilians.remaining()).hasValue(80);
    QuotaProgress wounded = f.progress(UA).get(1);
    assertThat(wounded.isNumeric()).isFalse();
    assertThat(wounded.remaining()).isEmpty();
    assertThat(wounded.overFulfilment()).isEmpty();
    assertThat(wounded.isMet()).isFalse();
    assertThat(wounded.released()).isEqualTo(Estimate.range(0, 390));
    assertThat(wounded.toString()).contains("not numerically checkable");
  }

  @Test
  void rejectsAskingForANonSide() {
    Fulfilment f = Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE));
    assertThatThrownBy(() -> f.released(PartyId.of("by")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("by is not a side");
    assertThat(f.progress(PartyId.of("by"))).isEmpty();
  }

  @Test
  void printsForADemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedExchange.printFulfilment(
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        THOUSAND_FOR_THOUSAND,
        List.of(FIRST_TRANCHE),
        FRIDAY);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("ru: 1000: released 390, remaining 610")
        .contains("ua released 390: military 270, civilian 120");
  }

  // ---- laws

  @Test
  void fulfilmentEqualsTheSumOfTranches() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(8))
        .checkAssert(
            (a, tranches) -> {
              Fulfilment f = Fulfilment.of(a, tranches);
              for (PartyId side : SIDES) {
                long sum = 0;
                for (Exchange e : tranches) {
                  sum += e.released(side).lowerBound();
                }
                assertThat(f.released(side)).isEqualTo(Estimate.exact(sum));
                for (ReleaseCategory c : ReleaseCategory.values()) {
                  long known = 0;
                  for (Exchange e : tranches) {
                    known +=
                        e.directions().stream()
                            .filter(d -> d.releasing().equals(side))
                            .mapToLong(d -> d.released(c).orElse(0))
                            .sum();
                  }
                  assertThat(f.released(side, c).low()).hasValue(known);
                }
              }
              assertThat(f.tranches()).hasSameSizeAs(tranches);
            });
  }

  @Test
  void fulfilmentDoesNotDependOnTheOrderTranchesAreAdded() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(8), longs().all())
        .checkAssert(
            (a, tranches, seed) -> {
              List<Exchange> shuffled = new ArrayList<>(tranches);
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(Fulfilment.of(a, shuffled)).isEqualTo(Fulfilment.of(a, tranches));
              assertThat(ExchangeFindings.checkAgreement(a, shuffled))
                  .isEqualTo(ExchangeFindings.checkAgreement(a, tranches));
            });
  }

  @Test
  void addingACompletedTrancheNeverLowersFulfilment() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(6), ExchangeGen.tranches())
        .checkAssert(
            (a, tranches, extra) -> {
              List<Exchange> more = new ArrayList<>(tranches);
              more.add(extra.withId(RecordId.of("tranche:extra")));
              Fulfilment before = Fulfilment.of(a, tranches);
              Fulfilment after = Fulfilment.of(a, more);
              for (PartyId side : SIDES) {
                assertThat(after.released(side).lowerBound())
                    .isGreaterThanOrEqualTo(before.released(side).lowerBound());
                for (ReleaseCategory c : ReleaseCategory.values()) {
                  assertThat(after.released(side, c).lowerBound())
                      .isGreaterThanOrEqualTo(before.released(side, c).lowerBound());
                }
              }
              for (int i = 0; i < a.quotas().size(); i++) {
                QuotaProgress b = before.quotas().get(i);
                QuotaProgress n = after.quotas().get(i);
                if (b.quota().isNumeric()) {
                  assertThat(n.remaining().getAsLong())
                      .isLessThanOrEqualTo(b.remaining().getAsLong());
                  assertThat(n.overFulfilment().getAsLong())
                      .isGreaterThanOrEqualTo(b.overFulfilment().getAsLong());
                } else if (b.quota().isRatio()) {
                  // what a ratio quota asks for grows with what the counterpart releases
                  assertThat(n.due().get().low().getAsLong())
                      .isGreaterThanOrEqualTo(b.due().get().low().getAsLong());
                  assertThat(n.released().low().getAsLong())
                      .isGreaterThanOrEqualTo(b.released().low().getAsLong());
                }
              }
            });
  }

  @Test
  void removingAllTranchesGivesZero() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(4))
        .checkAssert(
            (a, tranches) -> {
              Fulfilment none = Fulfilment.of(a, List.of());
              assertThat(none).isEqualTo(Fulfilment.of(a, new ArrayList<>(tranches.subList(0, 0))));
              assertThat(none.tranches()).isEmpty();
              for (PartyId side : SIDES) {
                assertThat(none.released(side)).isEqualTo(Estimate.exact(0));
                for (ReleaseCategory c : ReleaseCategory.values()) {
                  assertThat(none.released(side, c)).isEqualTo(Estimate.exact(0));
                }
              }
              for (QuotaProgress p : none.quotas()) {
                if (p.quota().isRatio()) {
                  // nothing released by the counterpart: nothing is due
                  assertThat(p.due()).contains(Estimate.exact(0));
                  assertThat(p.remaining()).hasValue(0);
                } else {
                  assertThat(p.remaining()).isEqualTo(p.quota().count());
                }
                assertThat(p.isOverFulfilled()).isFalse();
              }
            });
  }

  @Test
  void uncompletedTranchesNeverCount() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(6), ExchangeGen.statuses())
        .checkAssert(
            (a, tranches, status) -> {
              List<Exchange> changed = new ArrayList<>();
              tranches.forEach(e -> changed.add(e.withStatus(status)));
              Fulfilment f = Fulfilment.of(a, changed);
              if (status == ExchangeStatus.COMPLETED) {
                assertThat(f).isEqualTo(Fulfilment.of(a, tranches));
              } else {
                assertThat(f).isEqualTo(Fulfilment.of(a, List.of()));
              }
            });
  }

  @Test
  void fulfilmentAsOfADayCountsTheTranchesUpToIt() {
    Laws.qt()
        .forAll(ExchangeGen.agreements(), ExchangeGen.trancheLists(8), ExchangeGen.tranches())
        .checkAssert(
            (a, tranches, pivot) -> {
              LocalDate day = pivot.date().end();
              List<Exchange> upTo = new ArrayList<>();
              tranches.stream().filter(e -> !e.date().end().isAfter(day)).forEach(upTo::add);
              Fulfilment asOf = Fulfilment.of(a, tranches, day);
              Fulfilment counted = Fulfilment.of(a, upTo, day);
              assertThat(asOf).isEqualTo(counted);
            });
  }

  @Test
  void valueContracts() {
    Fulfilment f = Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE), FRIDAY);
    Fulfilment later =
        Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE), FRIDAY.plusDays(1));
    ValueContract.check(
        Fulfilment.class,
        List.of(f, Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(FIRST_TRANCHE), FRIDAY)),
        List.of(later),
        List.of(Fulfilment.of(THOUSAND_FOR_THOUSAND, List.of(), FRIDAY)));
    ValueContract.check(
        SideRelease.class, List.of(f.side(RU), later.side(RU)), List.of(f.side(UA)));
    ValueContract.check(
        QuotaProgress.class,
        List.of(f.quotas().get(0), later.quotas().get(0)),
        List.of(f.quotas().get(1)));
  }
}
