package dev.parley.benchmarks;

import com.google.common.math.Quantiles;
import com.google.common.primitives.Doubles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The per-iteration values of a benchmark's counters (ratios, means), summarized at the end of a
 * fork: JMH adds {@code EVENTS} counters up over the iterations in its summary table, which makes
 * its figure for a ratio or a mean their sum. Not thread-safe: one instance per counter state.
 *
 * <pre>{@code
 * IterationValues values = new IterationValues("ReadInterleavedBenchmark");
 * values.add("speedup", 0.84);   // once per measurement iteration
 * values.print();                // at the end of the fork
 * }</pre>
 *
 * <p>{@link IterationCounters} does this for a benchmark's counter state.
 */
final class IterationValues {
  private final String benchmark;
  private final Map<String, List<Double>> values = new LinkedHashMap<>();

  /**
   * Creates an empty record of values.
   *
   * @param benchmark the benchmark's name, for the summary line
   */
  IterationValues(String benchmark) {
    this.benchmark = benchmark;
  }

  /**
   * Keeps one iteration's value of a counter.
   *
   * @param name the counter's name
   * @param value its value in the iteration
   */
  void add(String name, double value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /**
   * Returns the summary line: each counter's median and range over the iterations.
   *
   * @return the line, or an empty string when no iteration was kept
   */
  String summary() {
    if (values.isEmpty()) {
      return "";
    }
    StringJoiner line =
        new StringJoiner(
            "; ",
            benchmark + " over " + values.values().iterator().next().size() + " iterations: ",
            "");
    for (Map.Entry<String, List<Double>> e : values.entrySet()) {
      double[] v = Doubles.toArray(e.getValue());
      line.add(
          String.format(
              Locale.ROOT,
              "%s median %.3f (%.3f to %.3f)",
              e.getKey(),
              Quantiles.median().compute(v),
              Doubles.min(v),
              Doubles.max(v)));
    }
    return line.toString();
  }

  /** Prints the summary line, after an empty line, unless no iteration was kept. */
  void print() {
    String line = summary();
    if (!line.isEmpty()) {
      System.out.printf("%n%s%n", line);
    }
  }
}
