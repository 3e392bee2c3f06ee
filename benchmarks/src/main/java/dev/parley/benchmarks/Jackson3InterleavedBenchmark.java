package dev.parley.benchmarks;

import dev.parley.benchmarks.plain.PlainRecords3.PlainLine;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.jackson3.ParleyJson;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module against Jackson 3 databind into plain records ({@code PlainRecords3}), each
 * benchmark interleaved in one loop as {@link ReadInterleavedBenchmark} and {@link WriteBenchmark}
 * do for Jackson 2: {@code read} reads the NDJSON file once with each, {@code write} writes its
 * lines once with each, alternating which goes first, on one thread; both on thread CPU time.
 *
 * <p>The secondary result {@code speedup} is, per iteration, the baseline's CPU time over Parley's:
 * above 1 when Parley is faster. Run with {@code java -jar benchmarks/target/benchmarks.jar
 * Jackson3InterleavedBenchmark}.
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
public class Jackson3InterleavedBenchmark {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private byte[] ndjson;
  private int bodyOffset;
  private List<Object> values;
  private List<PlainLine> plain;
  private ParleyJson parley;
  private ObjectReader reader;
  private ObjectWriter writer;
  private ByteArrayOutputStream out;
  private int round;

  /** Generates the file and reads it both ways. */
  @Setup
  public void setUp() {
    Corpus corpus = new Corpus();
    ndjson = corpus.ndjson;
    bodyOffset = corpus.bodyOffset;
    parley = ParleyJson.defaults();
    JsonMapper mapper = JsonMapper.builder().build();
    reader = mapper.readerFor(PlainLine.class);
    writer = mapper.writerFor(PlainLine.class).withRootValueSeparator("\n");
    values = new ArrayList<>();
    try (NdjsonReader r = parley.ndjsonReader(ndjson, ErrorMode.FAIL_FAST)) {
      r.forEachRemaining(line -> values.add(line.value()));
    }
    plain = new ArrayList<>();
    try (MappingIterator<PlainLine> it =
        reader.readValues(ndjson, bodyOffset, ndjson.length - bodyOffset)) {
      it.forEachRemaining(plain::add);
    }
    out = new ByteArrayOutputStream(ndjson.length * 2);
  }

  /** Each side's CPU time in one iteration, reported next to the score. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Costs extends IterationCounters {
    private long parleyNanos;
    private long databindNanos;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      parleyNanos = 0;
      databindNanos = 0;
    }

    @Override
    protected void record(IterationValues values) {
      values.add("speedup", speedup());
    }

    /**
     * The baseline's CPU time over Parley's in this iteration.
     *
     * @return above 1 when Parley is faster
     */
    public double speedup() {
      return parleyNanos == 0 ? 0 : (double) databindNanos / parleyNanos;
    }
  }

  /**
   * Reads the file with both, Parley first in every other invocation.
   *
   * @param bh the sink
   * @param costs where the times go
   */
  @Benchmark
  public void read(Blackhole bh, Costs costs) {
    if ((round++ & 1) == 0) {
      costs.parleyNanos += readParley(bh);
      costs.databindNanos += readDatabind(bh);
    } else {
      costs.databindNanos += readDatabind(bh);
      costs.parleyNanos += readParley(bh);
    }
  }

  /**
   * Writes the lines with both, Parley first in every other invocation.
   *
   * @param costs where the times go
   * @return the bytes written by both
   */
  @Benchmark
  public int write(Costs costs) {
    int n;
    if ((round++ & 1) == 0) {
      n = writeParley(costs);
      n += writeDatabind(costs);
    } else {
      n = writeDatabind(costs);
      n += writeParley(costs);
    }
    return n;
  }

  private long readParley(Blackhole bh) {
    long start = THREADS.getCurrentThreadCpuTime();
    try (NdjsonReader r = parley.ndjsonReader(ndjson, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        bh.consume(r.next().value());
      }
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private long readDatabind(Blackhole bh) {
    long start = THREADS.getCurrentThreadCpuTime();
    try (MappingIterator<PlainLine> it =
        reader.readValues(ndjson, bodyOffset, ndjson.length - bodyOffset)) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private int writeParley(Costs costs) {
    long start = THREADS.getCurrentThreadCpuTime();
    out.reset();
    NdjsonWriter w = parley.ndjsonWriter(out);
    for (int i = 0; i < values.size(); i++) {
      w.write(values.get(i));
    }
    w.flush();
    costs.parleyNanos += THREADS.getCurrentThreadCpuTime() - start;
    return out.size();
  }

  private int writeDatabind(Costs costs) {
    long start = THREADS.getCurrentThreadCpuTime();
    out.reset();
    try (SequenceWriter w = writer.writeValues(out)) {
      for (int i = 0; i < plain.size(); i++) {
        w.write(plain.get(i));
      }
    }
    costs.databindNanos += THREADS.getCurrentThreadCpuTime() - start;
    return out.size();
  }
}
