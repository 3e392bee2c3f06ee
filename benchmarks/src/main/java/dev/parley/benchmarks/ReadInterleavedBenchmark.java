package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.benchmarks.plain.PlainToParley;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1 interleaved: each invocation reads the file once with Parley and once with the
 * databind baseline, in alternating order, on one thread of one JVM. Both see the machine in the
 * same state within a fraction of a second, so their ratio holds when the machine's speed drifts
 * from one iteration to the next, which sequential runs ({@link ReadBenchmark}) cannot tell from a
 * real difference.
 *
 * <p>The secondary result {@code speedup} is, per iteration, the databind baseline's time divided
 * by Parley's: above 1 when Parley is faster. {@code parleyMillis} and {@code databindMillis} are
 * the mean times of one read. Four forks, because how the JIT compiles both readers differs from
 * one JVM to the next by more than the iterations within one differ.
 *
 * <p>With {@code -p baseline=values} the databind side also turns each plain record into Parley's
 * validated value ({@link PlainToParley}), as the {@code validate} baseline ({@link
 * DatabindValidate}) does, so both sides end with the same values; {@code convertMillis} is then
 * the part of the databind side's time spent converting.
 *
 * <p>The fork ends with a line that gives each counter's median and range over the measurement
 * iterations ({@code IterationCounters}): JMH's summary table adds the counters up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(
    value = 4,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ReadInterleavedBenchmark {
  private Corpus corpus;
  private ParleyJson parley;
  private ObjectReader plain;
  private int round;

  /**
   * What the databind side reads into: {@code plain} records, or Parley's validated {@code values}
   * converted from them.
   */
  @Param({"plain"})
  public String baseline;

  private boolean convert;

  /** Generates the file. */
  @Setup
  public void setUp() {
    corpus = new Corpus();
    parley = ParleyJson.defaults();
    plain = Corpus.plainReader(new ObjectMapper());
    if (!baseline.equals("plain") && !baseline.equals("values")) {
      throw new IllegalStateException("baseline must be plain or values, not " + baseline);
    }
    convert = baseline.equals("values");
  }

  /** The time each reader took in one iteration, reported next to the primary score. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times extends IterationCounters {
    private long parleyNanos;
    private long databindNanos;
    private long convertNanos;
    private long reads;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      parleyNanos = 0;
      databindNanos = 0;
      convertNanos = 0;
      reads = 0;
    }

    @Override
    protected void record(IterationValues values) {
      values.add("speedup", speedup());
      values.add("parleyMillis", parleyMillis());
      values.add("databindMillis", databindMillis());
      if (convertNanos > 0) {
        values.add("convertMillis", convertMillis());
      }
    }

    /**
     * The databind baseline's time over Parley's in this iteration.
     *
     * @return above 1 when Parley is faster
     */
    public double speedup() {
      return parleyNanos == 0 ? 0 : (double) databindNanos / parleyNanos;
    }

    /**
     * Parley's mean time for one read of the file.
     *
     * @return milliseconds
     */
    public double parleyMillis() {
      return reads == 0 ? 0 : parleyNanos / 1e6 / reads;
    }

    /**
     * The baseline's mean time for one read of the file.
     *
     * @return milliseconds
     */
    public double databindMillis() {
      return reads == 0 ? 0 : databindNanos / 1e6 / reads;
    }

    /**
     * The mean time of converting the plain records into Parley's values in one read of the
     * baseline; 0 unless the baseline converts.
     *
     * @return milliseconds
     */
    public double convertMillis() {
      return reads == 0 ? 0 : convertNanos / 1e6 / reads;
    }
  }

  /**
   * Reads the file with both, Parley first in every other invocation.
   *
   * @param bh the sink
   * @param times where the two times go
   * @throws IOException never
   */
  @Benchmark
  public void both(Blackhole bh, Times times) throws IOException {
    if ((round++ & 1) == 0) {
      times.parleyNanos += parley(bh);
      databind(bh, times);
    } else {
      databind(bh, times);
      times.parleyNanos += parley(bh);
    }
    times.reads++;
  }

  /** Reads the file with Parley; returns the time taken in nanoseconds. */
  private long parley(Blackhole bh) {
    long start = System.nanoTime();
    try (NdjsonReader r = parley.ndjsonReader(corpus.ndjson, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        bh.consume(r.next().value());
      }
    }
    return System.nanoTime() - start;
  }

  /** Reads the file with the databind baseline, adding its time to the counters. */
  private void databind(Blackhole bh, Times times) throws IOException {
    long start = System.nanoTime();
    byte[] b = corpus.ndjson;
    try (MappingIterator<PlainLine> it =
        plain.readValues(b, corpus.bodyOffset, b.length - corpus.bodyOffset)) {
      if (!convert) {
        while (it.hasNext()) {
          bh.consume(it.next());
        }
      } else {
        List<PlainLine> lines = it.readAll();
        long read = System.nanoTime();
        for (PlainLine line : lines) {
          bh.consume(PlainToParley.convert(line));
        }
        times.convertNanos += System.nanoTime() - read;
      }
    }
    times.databindNanos += System.nanoTime() - start;
  }
}
