package dev.parley.benchmarks;

import dev.parley.chronicle.Chronicle;
import dev.parley.examples.Digest;
import dev.parley.examples.report.HtmlReport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZonedDateTime;
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

/**
 * The HTML report of a 10,000-record chronicle against its baseline, the text digest of the same
 * chronicle ({@code digest FILE}), measured in thread CPU time so that other load on the machine
 * does not count.
 *
 * <p>{@code warm}: each invocation renders the report and prints the digest, in alternating order,
 * on one thread; {@code reportCpuMillis} and {@code digestCpuMillis} are the mean CPU times of one
 * of each, and {@code ratio} is the report's over the digest's. JMH adds these up over the
 * iterations of a run, so read them per iteration in the JSON result ({@code -rf json}). {@code
 * cold}: one report in a fresh JVM per fork, class loading and first compilation included.
 *
 * <p>The fork ends with a line that gives each counter's median and range over the measurement
 * iterations ({@code IterationCounters}): JMH's summary table adds the counters up.
 */
@State(Scope.Thread)
public class ReportBenchmark {
  /** Records in the chronicle. */
  public static final int RECORDS = 10_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Chronicle chronicle;
  private ZonedDateTime asOf;
  private PrintStream sink;
  private int round;

  /**
   * Generates the chronicle, and builds its indexes and validation once, as both outputs use them.
   */
  @Setup
  public void setUp() {
    chronicle = new DataGenerator(DataGenerator.SEED, 200).chronicle(RECORDS);
    chronicle.validate();
    asOf = HtmlReport.of(chronicle).asOf();
    sink = new PrintStream(OutputStream.nullOutputStream());
  }

  /** The CPU time each output took in one iteration, reported next to the primary score. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times extends IterationCounters {
    private long reportNanos;
    private long digestNanos;
    private long rounds;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      reportNanos = 0;
      digestNanos = 0;
      rounds = 0;
    }

    @Override
    protected void record(IterationValues values) {
      values.add("ratio", ratio());
      values.add("reportCpuMillis", reportCpuMillis());
      values.add("digestCpuMillis", digestCpuMillis());
    }

    /**
     * The report's CPU time over the digest's in this iteration.
     *
     * @return how many digests one report costs
     */
    public double ratio() {
      return digestNanos == 0 ? 0 : (double) reportNanos / digestNanos;
    }

    /**
     * The report's mean CPU time.
     *
     * @return milliseconds
     */
    public double reportCpuMillis() {
      return rounds == 0 ? 0 : reportNanos / 1e6 / rounds;
    }

    /**
     * The digest's mean CPU time.
     *
     * @return milliseconds
     */
    public double digestCpuMillis() {
      return rounds == 0 ? 0 : digestNanos / 1e6 / rounds;
    }
  }

  /**
   * Renders the report and prints the digest, the report first in every other invocation.
   *
   * @param bh the sink
   * @param times where the two CPU times go
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 4, time = 3)
  @Measurement(iterations = 6, time = 3)
  @Fork(
      value = 2,
      jvmArgs = {"-Xms1g", "-Xmx1g"})
  public void warm(Blackhole bh, Times times) {
    if ((round++ & 1) == 0) {
      times.reportNanos += report(bh);
      times.digestNanos += digest();
    } else {
      times.digestNanos += digest();
      times.reportNanos += report(bh);
    }
    times.rounds++;
  }

  private long report(Blackhole bh) {
    long start = THREADS.getCurrentThreadCpuTime();
    bh.consume(HtmlReport.of(chronicle).render());
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private long digest() {
    long start = THREADS.getCurrentThreadCpuTime();
    Digest.print(chronicle, asOf, sink);
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  /** The CPU time of the one report of a cold fork. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Cold {
    private long nanos;

    /**
     * The report's CPU time.
     *
     * @return milliseconds
     */
    public double reportCpuMillis() {
      return nanos / 1e6;
    }
  }

  /**
   * One report in a fresh JVM: the primary score is wall time, {@code reportCpuMillis} the thread's
   * CPU time.
   *
   * @param bh the sink
   * @param cold where the CPU time goes
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(
      value = 5,
      jvmArgs = {"-Xms1g", "-Xmx1g"})
  public void cold(Blackhole bh, Cold cold) {
    cold.nanos += report(bh);
  }
}
