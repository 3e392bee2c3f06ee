package dev.parley.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.parley.estimate.Estimate;
import dev.parley.testing.ValueContract;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A figure's breakdown keeps the order of the categories whatever order they are put in, and every
 * way of giving it builds the same value.
 */
class BreakdownMapTest {
  private static final ReleaseCategory FIRST = ReleaseCategory.values()[0];
  private static final ReleaseCategory LAST =
      ReleaseCategory.values()[ReleaseCategory.values().length - 1];

  /** A figure of ten, its breakdown still to give. */
  private static ReleaseFigure.Builder figure() {
    return ReleaseFigure.builder().total(Estimate.exact(10));
  }

  @Test
  void keepsTheOrderOfTheCategoriesWhateverTheOrderPut() {
    ReleaseFigure f = figure().putBreakdown(LAST, 4L).putBreakdown(FIRST, 6L).build();
    assertThat(f.breakdown().keySet()).containsExactly(FIRST, LAST);
    assertThat(f.breakdown()).hasToString("{" + FIRST + "=6, " + LAST + "=4}");
  }

  @Test
  void everyWayOfGivingTheBreakdownBuildsTheSameValue() {
    Map<ReleaseCategory, Long> reversed = new LinkedHashMap<>();
    reversed.put(LAST, 4L);
    reversed.put(FIRST, 6L);
    ReleaseFigure put = figure().putBreakdown(FIRST, 6L).putBreakdown(Map.entry(LAST, 4L)).build();
    ReleaseFigure whole = figure().breakdown(reversed).build();
    ReleaseFigure all = figure().putAllBreakdown(reversed).build();
    ReleaseFigure with = figure().build().withBreakdown(reversed);
    ReleaseFigure copied = ReleaseFigure.builder().from(put).build();
    ValueContract.check(
        ReleaseFigure.class, List.of(put, whole, all, with, copied), List.of(figure().build()));
    assertThat(with.breakdown().keySet()).containsExactly(FIRST, LAST);
    assertThat(put.breakdown()).isEqualTo(ImmutableMap.of(FIRST, 6L, LAST, 4L));
  }

  @Test
  void theBreakdownCannotBeChanged() {
    ReleaseFigure f = figure().putBreakdown(FIRST, 10L).build();
    assertThatThrownBy(() -> f.breakdown().put(LAST, 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void settingTheBreakdownReplacesWhatWasPut() {
    ReleaseFigure f = figure().putBreakdown(FIRST, 6L).breakdown(Map.of(LAST, 10L)).build();
    assertThat(f.breakdown()).containsExactly(Map.entry(LAST, 10L));
  }
}
