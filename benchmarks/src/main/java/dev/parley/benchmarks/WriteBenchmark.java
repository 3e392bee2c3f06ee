package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2, interleaved: each invocation writes the corpus's lines as NDJSON once with Parley
 * (the validated values, through its NDJSON writer) and once with the databind baseline (the plain
 * records, a default {@code ObjectMapper}, one line each), in alternating order, on one thread of
 * one JVM, so both see the machine in the same state.
 *
 * <p>The secondary results: {@code speedup} is, per iteration, the baseline's thread CPU time
 * divided by Parley's (above 1 when Parley is faster); {@code parleyBytesPerLine} and {@code
 * databindBytesPerLine} are the bytes each allocates per written line, measured with the thread's
 * allocation counter.
 *
 * <p>The fork ends with a line that gives each counter's median and range over the measurement
 * iterations ({@code IterationCounters}): JMH's summary table adds the counters up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(
    value = 3,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmark {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private List<Object> values;
  private List<PlainLine> plain;
  private ParleyJson parley;
  private ObjectWriter writer;
  private ByteArrayOutputStream out;
  private int round;

  /** Generates and reads the file. */
  @Setup
  public void setUp() {
    Corpus corpus = new Corpus();
    values = corpus.values;
    plain = corpus.plain;
    parley = ParleyJson.defaults();
    writer = new ObjectMapper().writerFor(PlainLine.class).withRootValueSeparator("\n");
    out = new ByteArrayOutputStream(corpus.ndjson.length * 2);
  }

  /** Each writer's CPU time and allocation in one iteration, reported next to the score. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Costs extends IterationCounters {
    private long parleyNanos;
    private long databindNanos;
    private long parleyBytes;
    private long databindBytes;
    private long parleyLines;
    private long databindLines;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      parleyNanos = 0;
      databindNanos = 0;
      parleyBytes = 0;
      databindBytes = 0;
      parleyLines = 0;
      databindLines = 0;
    }

    @Override
    protected void record(IterationValues values) {
      values.add("speedup", speedup());
      values.add("parleyBytesPerLine", parleyBytesPerLine());
      values.add("databindBytesPerLine", databindBytesPerLine());
    }

    /**
     * The baseline's CPU time over Parley's in this iteration.
     *
     * @return above 1 when Parley is faster
     */
    public double speedup() {
      return parleyNanos == 0 ? 0 : (double) databindNanos / parleyNanos;
    }

    /**
     * Bytes Parley allocates per written line.
     *
     * @return bytes
     */
    public double parleyBytesPerLine() {
      return parleyLines == 0 ? 0 : (double) parleyBytes / parleyLines;
    }

    /**
     * Bytes the baseline allocates per written line.
     *
     * @return bytes
     */
    public double databindBytesPerLine() {
      return databindLines == 0 ? 0 : (double) databindBytes / databindLines;
    }
  }

  /**
   * Writes the lines with both, Parley first in every other invocation.
   *
   * @param costs where the times and allocations go
   * @return the bytes written by both
   * @throws IOException never
   */
  @Benchmark
  public int both(Costs costs) throws IOException {
    int n;
    if ((round++ & 1) == 0) {
      n = parley(costs);
      n += databind(costs);
    } else {
      n = databind(costs);
      n += parley(costs);
    }
    return n;
  }

  private int parley(Costs costs) {
    long thread = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(thread);
    long start = THREADS.getCurrentThreadCpuTime();
    out.reset();
    NdjsonWriter w = parley.ndjsonWriter(out);
    for (int i = 0; i < values.size(); i++) {
      w.write(values.get(i));
    }
    w.flush();
    costs.parleyNanos += THREADS.getCurrentThreadCpuTime() - start;
    costs.parleyBytes += THREADS.getThreadAllocatedBytes(thread) - bytes;
    costs.parleyLines += values.size();
    return out.size();
  }

  private int databind(Costs costs) throws IOException {
    long thread = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(thread);
    long start = THREADS.getCurrentThreadCpuTime();
    out.reset();
    try (SequenceWriter w = writer.writeValues(out)) {
      for (int i = 0; i < plain.size(); i++) {
        w.write(plain.get(i));
      }
    }
    costs.databindNanos += THREADS.getCurrentThreadCpuTime() - start;
    costs.databindBytes += THREADS.getThreadAllocatedBytes(thread) - bytes;
    costs.databindLines += plain.size();
    return out.size();
  }
}
