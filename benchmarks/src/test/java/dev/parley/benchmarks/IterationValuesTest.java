package dev.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The summary line of a benchmark's per-iteration values: medians and ranges, in order. */
class IterationValuesTest {
  @Test
  void summarizesEachCounterByMedianAndRangeInTheOrderFirstAdded() {
    IterationValues values = new IterationValues("ReadInterleavedBenchmark");
    values.add("speedup", 0.9);
    values.add("parleyMillis", 14.0);
    values.add("speedup", 0.7);
    values.add("parleyMillis", 18.0);
    values.add("speedup", 0.8);
    values.add("parleyMillis", 15.0);
    values.add("speedup", 1.1);
    values.add("parleyMillis", 13.0);
    assertThat(values.summary())
        .isEqualTo(
            "ReadInterleavedBenchmark over 4 iterations: speedup median 0.850 (0.700 to 1.100);"
                + " parleyMillis median 14.500 (13.000 to 18.000)");
  }

  @Test
  void saysNothingWithoutIterations() {
    assertThat(new IterationValues("WriteBenchmark").summary()).isEmpty();
  }
}
