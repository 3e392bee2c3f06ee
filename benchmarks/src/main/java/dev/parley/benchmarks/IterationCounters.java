package dev.parley.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The base of a benchmark's per-iteration counters: keeps each measurement iteration's values and
 * prints their medians and ranges at the end of the fork ({@link IterationValues}), since JMH's
 * summary table adds {@code EVENTS} counters up over the iterations. The summary is named after the
 * benchmark class the counters are nested in.
 *
 * <pre>{@code
 * @AuxCounters(AuxCounters.Type.EVENTS)
 * @State(Scope.Thread)
 * public static class Times extends IterationCounters {
 *   @Override
 *   protected void record(IterationValues values) {
 *     values.add("speedup", speedup());
 *   }
 * }
 * }</pre>
 */
public abstract class IterationCounters {
  private final IterationValues values = new IterationValues(benchmark());

  /** For subclasses. */
  protected IterationCounters() {}

  /**
   * The benchmark class the counters are nested in; JMH runs a generated top-level subclass of the
   * counters, so the class is found by walking up from it.
   */
  private String benchmark() {
    for (Class<?> c = getClass(); c != IterationCounters.class; c = c.getSuperclass()) {
      if (c.getEnclosingClass() != null) {
        return c.getEnclosingClass().getSimpleName();
      }
    }
    return getClass().getSimpleName();
  }

  /**
   * Adds the values of the iteration just ended.
   *
   * @param values where they go
   */
  protected abstract void record(IterationValues values);

  /**
   * Keeps a measurement iteration's values for the summary; warmup iterations are left out.
   *
   * @param iteration the iteration
   */
  @TearDown(Level.Iteration)
  public void keep(IterationParams iteration) {
    if (iteration.getType() == IterationType.MEASUREMENT) {
      record(values);
    }
  }

  /** Prints each value's median and range over the measurement iterations. */
  @TearDown(Level.Trial)
  public void summarize() {
    values.print();
  }

  /** The line {@link #summarize()} prints. */
  String summary() {
    return values.summary();
  }
}
