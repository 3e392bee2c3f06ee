package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.base.Equivalence;
import dev.parley.testing.Laws;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatsTest {
  @Test
  void marksExactlyTheEntriesEqualToAnEarlierOneForShortAndLongLists() {
    Laws.qt()
        .forAll(
            lists().of(integers().between(0, 12)).ofSizeBetween(0, 3 * Repeats.PAIRWISE_AT_MOST))
        .checkAssert(
            items -> {
              BitSet expected = new BitSet();
              for (int i = 0; i < items.size(); i++) {
                if (items.subList(0, i).contains(items.get(i))) {
                  expected.set(i);
                }
              }
              assertThat(Repeats.of(items, Equivalence.equals())).isEqualTo(expected);
            });
  }

  @Test
  void usesTheGivenEquivalence() {
    assertThat(
            Repeats.of(
                List.of("a", "A", "b"), Equivalence.equals().onResultOf(s -> s.toLowerCase()))
                .stream())
        .containsExactly(1);
  }
}
