package dev.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.testing.Laws;
import dev.parley.time.ReportedDate;
import dev.parley.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of an agreement's quota rules: whatever the number of quotas, the parity and repeated-quota
 * rules flag exactly what their plain statement over maps and sets flags. Agreements with a few
 * quotas are checked by comparing quotas pairwise and longer ones through maps, so the lists here
 * run from 2 to 12 quotas to cover both.
 */
class AgreementQuotaLawsTest {
  private static final List<PartyId> SIDES =
      List.of(PartyId.of("ua"), PartyId.of("ru"), PartyId.of("by"));
  private static final List<Optional<ReleaseCategory>> CATEGORIES =
      List.of(
          Optional.empty(),
          Optional.of(ReleaseCategory.MINOR),
          Optional.of(ReleaseCategory.BODIES));
  private static final Set<String> RULES =
      Set.of(
          "EXCHANGE_PARITY_QUOTAS_UNEQUAL",
          "EXCHANGE_PARITY_CATEGORY_UNEQUAL",
          "EXCHANGE_QUOTA_DUPLICATE");

  /**
   * One quota from a code: its side, category, count (100 or 200, or none for a quota of all), and
   * whether it is shared with the next side.
   */
  private static Quota quota(int code) {
    PartyId side = SIDES.get(code % 3);
    Optional<ReleaseCategory> category = CATEGORIES.get(code / 3 % 3);
    int kind = code / 9 % 3;
    boolean joint = code / 27 % 4 == 0;
    Quota q;
    if (kind == 2) {
      q =
          category.isPresent()
              ? Quota.all(side, category.get(), "all of them")
              : Quota.all(side, "all of them");
    } else {
      long count = kind == 0 ? 100 : 200;
      q = category.isPresent() ? Quota.of(side, count, category.get()) : Quota.of(side, count);
    }
    return joint ? q.withJointWith(SIDES.get((code + 1) % 3)) : q;
  }

  private static Gen<List<Quota>> quotas() {
    return lists()
        .of(integers().between(0, 107).map(AgreementQuotaLawsTest::quota))
        .ofSizeBetween(2, 12);
  }

  /** The parity and repeat rules the agreement breaks, as the builder reports them. */
  private static Set<String> reported(List<Quota> quotas) {
    try {
      Agreement.builder()
          .id(RecordId.of("agreement:laws"))
          .sides(SIDES)
          .agreed(ReportedDate.ofDay(LocalDate.of(2025, 5, 16)))
          .quotas(quotas)
          .parity(true)
          .build();
      return Set.of();
    } catch (InvalidValueException e) {
      Set<String> out = new TreeSet<>(e.ruleCodes());
      out.retainAll(RULES);
      return out;
    }
  }

  /** The same rules, stated over maps and sets. */
  private static Set<String> expected(List<Quota> quotas) {
    Set<String> out = new TreeSet<>();
    Set<List<Object>> seen = new HashSet<>();
    Map<PartyId, Long> overall = new TreeMap<>();
    Map<List<Object>, Map<PartyId, Long>> byCategory = new LinkedHashMap<>();
    for (Quota q : quotas) {
      Optional<PartyId> counterpart =
          q.ratio().isPresent() ? Optional.of(q.ratio().get().counterpart()) : Optional.empty();
      if (!seen.add(
          List.of(q.releasingParties(), q.category(), q.isNumeric(), q.ages(), counterpart))) {
        out.add("EXCHANGE_QUOTA_DUPLICATE");
      }
      if (q.isNumeric() && q.category().isEmpty()) {
        overall.put(q.releasing(), q.count().getAsLong());
      }
      if (q.isNumeric() && q.category().isPresent() && q.jointWith().isEmpty()) {
        byCategory
            .computeIfAbsent(List.of(q.category().get(), q.ages()), k -> new TreeMap<>())
            .put(q.releasing(), q.count().getAsLong());
      }
    }
    if (new HashSet<>(overall.values()).size() > 1) {
      out.add("EXCHANGE_PARITY_QUOTAS_UNEQUAL");
    }
    for (Map<PartyId, Long> counts : byCategory.values()) {
      if (new HashSet<>(counts.values()).size() > 1) {
        out.add("EXCHANGE_PARITY_CATEGORY_UNEQUAL");
      }
    }
    return out;
  }

  @Test
  void quotaRulesFlagWhatTheirPlainStatementFlags() {
    Laws.qt()
        .forAll(quotas())
        .checkAssert(qs -> assertThat(reported(qs)).as("%s", qs).isEqualTo(expected(qs)));
  }

  @Test
  void theLawsSeeBothOutcomesOfEachRule() {
    // The generator must reach each rule both broken and kept, or the law above proves little.
    List<List<Quota>> cases = new ArrayList<>();
    for (int a = 0; a < 108; a += 5) {
      for (int b = 0; b < 108; b += 7) {
        cases.add(List.of(quota(a), quota(b)));
      }
    }
    Set<String> broken = new TreeSet<>();
    int kept = 0;
    for (List<Quota> qs : cases) {
      Set<String> r = expected(qs);
      broken.addAll(r);
      kept += r.isEmpty() ? 1 : 0;
    }
    assertThat(broken).isEqualTo(new TreeSet<>(RULES));
    assertThat(kept).isPositive();
  }
}
