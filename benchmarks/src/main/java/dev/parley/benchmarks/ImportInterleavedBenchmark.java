package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parley.interop.ImportOptions;
import dev.parley.interop.ImportReport;
import dev.parley.interop.Importer;
import dev.parley.interop.RecordSink;
import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
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
 * Each importer against the plain baseline, interleaved: every invocation reads the same generated
 * file once with the importer (into validated Parley values) and once with plain Jackson into
 * {@code Map}s (jackson-dataformat-csv with a header schema for ACLED and UCDP; a databind {@code
 * MappingIterator} for PLOVER's JSON Lines), in alternating order, on one thread, timed on the
 * thread's CPU clock.
 *
 * <p>Secondary results: {@code importerRowsPerSecond}, {@code baselineRowsPerSecond} and {@code
 * ratio} (the importer's rows per second over the baseline's, per iteration; below 1 when the
 * importer is slower, which it must be: it does the baseline's work and then builds and validates
 * records).
 *
 * <p>The fork ends with a line that gives each counter's median and range over the measurement
 * iterations ({@code IterationCounters}): JMH's summary table adds the counters up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ImportInterleavedBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The format. */
  @Param({"acled", "ucdp", "plover"})
  public String format;

  /** Rows in the file. */
  @Param({"20000"})
  public int rows;

  private byte[] file;
  private Importer importer;
  private ObjectReader baseline;
  private int round;

  /** Generates the file. */
  @Setup
  public void setUp() {
    file = InteropData.bytes(format, rows);
    ImportOptions options = ImportOptions.defaults();
    importer =
        format.equals("acled")
            ? AcledImporter.of(options)
            : format.equals("ucdp")
                ? UcdpGedImporter.csv(options)
                : PloverImporter.jsonLines(options);
    baseline =
        format.equals("plover")
            ? new ObjectMapper().readerForMapOf(Object.class)
            : new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader());
  }

  /** The CPU time each reader took in one iteration. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Times extends IterationCounters {
    private long importerNanos;
    private long baselineNanos;
    private long rowsRead;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      importerNanos = 0;
      baselineNanos = 0;
      rowsRead = 0;
    }

    @Override
    protected void record(IterationValues values) {
      values.add("importerRowsPerSecond", importerRowsPerSecond());
      values.add("baselineRowsPerSecond", baselineRowsPerSecond());
      values.add("ratio", ratio());
    }

    /**
     * The importer's rows per second of thread CPU time.
     *
     * @return rows per second
     */
    public double importerRowsPerSecond() {
      return importerNanos == 0 ? 0 : rowsRead * 1e9 / importerNanos;
    }

    /**
     * The baseline's rows per second of thread CPU time.
     *
     * @return rows per second
     */
    public double baselineRowsPerSecond() {
      return baselineNanos == 0 ? 0 : rowsRead * 1e9 / baselineNanos;
    }

    /**
     * The importer's speed over the baseline's in this iteration.
     *
     * @return below 1 when the importer is slower
     */
    public double ratio() {
      return importerNanos == 0 ? 0 : (double) baselineNanos / importerNanos;
    }
  }

  /**
   * Reads the file with both, the importer first in every other invocation.
   *
   * @param bh the sink
   * @param times where the two times go
   * @throws IOException never
   */
  @Benchmark
  public void both(Blackhole bh, Times times) throws IOException {
    long n;
    if ((round++ & 1) == 0) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      n = importer(bh);
      long t1 = THREADS.getCurrentThreadCpuTime();
      baseline(bh);
      long t2 = THREADS.getCurrentThreadCpuTime();
      times.importerNanos += t1 - t0;
      times.baselineNanos += t2 - t1;
    } else {
      long t0 = THREADS.getCurrentThreadCpuTime();
      baseline(bh);
      long t1 = THREADS.getCurrentThreadCpuTime();
      n = importer(bh);
      long t2 = THREADS.getCurrentThreadCpuTime();
      times.baselineNanos += t1 - t0;
      times.importerNanos += t2 - t1;
    }
    times.rowsRead += n;
  }

  private long importer(Blackhole bh) {
    ImportReport report =
        importer.read(new ByteArrayInputStream(file), "bench", RecordSink.of(bh::consume));
    return report.rows();
  }

  private long baseline(Blackhole bh) throws IOException {
    long n = 0;
    try (MappingIterator<Map<String, Object>> it = baseline.readValues(file)) {
      while (it.hasNext()) {
        bh.consume(it.next());
        n++;
      }
    }
    return n;
  }
}
