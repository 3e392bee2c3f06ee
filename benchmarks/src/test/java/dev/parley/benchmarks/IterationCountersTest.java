package dev.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/** Counter states keep measurement iterations only and name the benchmark they are nested in. */
class IterationCountersTest {
  /** Counters as a benchmark nests them. */
  static class Counters extends IterationCounters {
    double speedup;

    @Override
    protected void record(IterationValues values) {
      values.add("speedup", speedup);
    }
  }

  private static IterationParams iteration(IterationType type) {
    return new IterationParams(type, 1, TimeValue.seconds(1), 1);
  }

  @Test
  void keepsMeasurementIterationsOnlyUnderTheEnclosingBenchmarksName() {
    Counters c = new GeneratedCounters();
    c.speedup = 0.5;
    c.keep(iteration(IterationType.WARMUP));
    c.speedup = 0.8;
    c.keep(iteration(IterationType.MEASUREMENT));
    c.speedup = 0.9;
    c.keep(iteration(IterationType.MEASUREMENT));
    assertThat(c.summary())
        .isEqualTo(
            "IterationCountersTest over 2 iterations: speedup median 0.850 (0.800 to 0.900)");
  }
}

/** What JMH runs: a generated top-level subclass of the nested counters. */
final class GeneratedCounters extends IterationCountersTest.Counters {}
